<#-- Every Kubernetes node: its kubelet, for the control plane only, and its own calls to the API
     server — on the control-plane nodes directly, or through a virtual IP or load balancer. -->
<#import "/lib/catalog.ftl" as lib>
<#assign controlPlane = lib.both(hostSelector, controlPlaneSelector)>
<#assign vips4 = pc.v4(apiServerVips)>
<#assign vips6 = pc.v6(apiServerVips)>
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: k8s-nodes
spec:
  order: 310
  selector: ${hostSelector}
  types: [Ingress, Egress]
  ingress:
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: kubelet-from-control-plane}}
      protocol: TCP
      source: {selector: ${controlPlane}}
      destination: {ports: [${kubeletPort}]}
  egress:
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: api-server-out}}
      protocol: TCP
      destination: {selector: ${controlPlane}, ports: [${apiServerPort}]}
<#list [vips4, vips6] as family>
<#if family?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"api-server-vip-out-v" + pc.ipVersion(family[0])}}}
      protocol: TCP
      ipVersion: ${pc.ipVersion(family[0])}
      destination:
        nets: [<#list family as ip>${pc.hostCidr(ip)}<#sep>, </#list>]
        ports: [${apiServerVipPort}]
</#if>
</#list>
