<#-- Per application namespace: Kubernetes NetworkPolicies that deny everything not allowed (ingress and
     egress), then allow traffic within the namespace; a Calico NetworkPolicy lets the ingress controller
     in; a StagedNetworkPolicy previews narrowing that to the frontend's http port. -->
<#list appNamespaces as ns>
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: ${ns}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-same-namespace
  namespace: ${ns}
spec:
  podSelector: {}
  ingress:
    - from: [{podSelector: {}}]
  egress:
    - to: [{podSelector: {}}]
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: allow-from-ingress
  namespace: ${ns}
spec:
  order: 500
  selector: all()
  types: [Ingress]
  ingress:
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: from-ingress-controller}}
      protocol: TCP
      source:
        namespaceSelector: projectcalico.org/name == "${ingressNamespace}"
        selector: ${ingressSelector}
---
apiVersion: projectcalico.org/v3
kind: StagedNetworkPolicy
metadata:
  name: allow-from-ingress
  namespace: ${ns}
spec:
  order: 500
  selector: ${frontendSelector}
  types: [Ingress]
  ingress:
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: from-ingress-controller-http}}
      protocol: TCP
      source:
        namespaceSelector: projectcalico.org/name == "${ingressNamespace}"
        selector: ${ingressSelector}
      destination: {ports: [http]}
<#sep>
---
</#sep>
</#list>
