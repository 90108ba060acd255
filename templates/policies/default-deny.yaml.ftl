<#-- The closing policy: whatever no earlier policy allowed is logged, then denied, in both
     directions. The Log rule must come before the Deny rule: Deny is final, so a Log after it would
     never run. The high order leaves room for any allow policy before it. -->
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: default-deny
spec:
  order: 10000
  selector: ${hostSelector}
  types: [Ingress, Egress]
  ingress:
<#if logDenied>
    - action: Log
      metadata: {annotations: {polcat.dev/rule: log-ingress}}
</#if>
    - action: Deny
      metadata: {annotations: {polcat.dev/rule: deny-ingress}}
  egress:
<#if logDenied>
    - action: Log
      metadata: {annotations: {polcat.dev/rule: log-egress}}
</#if>
    - action: Deny
      metadata: {annotations: {polcat.dev/rule: deny-egress}}
