<#-- The tailored failsafe policy from Calico's guide "Creating policy for basic connectivity".
     Calico forbids mixing IPv4 and IPv6 in one rule, so address rules are split by family.
     It uses explicit CIDRs, not the network sets the other policies select: it must keep working
     before, and without, anything else. -->
<#assign mgmt4 = pc.v4(managementCidrs)>
<#assign mgmt6 = pc.v6(managementCidrs)>
<#assign nodes4 = pc.v4(nodeCidrs)>
<#assign nodes6 = pc.v6(nodeCidrs)>
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: failsafe
spec:
  order: 0
  selector: ${failsafeSelector}
  types: [Ingress, Egress]
  ingress:
<#if mgmt4?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ssh-from-management-v4}}
      protocol: TCP
      ipVersion: 4
      source: {nets: ${pc.flow(mgmt4)}}
      destination: {ports: [22]}
</#if>
<#if mgmt6?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ssh-from-management-v6}}
      protocol: TCP
      ipVersion: 6
      source: {nets: ${pc.flow(mgmt6)}}
      destination: {ports: [22]}
</#if>
<#if icmp>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: icmp-in}}
      protocol: ICMP
<#if mgmt6?has_content || nodes6?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: icmpv6-in}}
      protocol: ICMPv6
</#if>
</#if>
<#if calicoNetworking>
<#list [nodes4, nodes6] as family>
<#if family?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"bgp-in-v" + pc.ipVersion(family[0])}}}
      protocol: TCP
      source: {nets: ${pc.flow(family)}}
      destination: {ports: [179]}
</#if>
</#list>
</#if>
  egress:
<#list etcdServers as etcd>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"etcd-" + etcd.ip}}}
      protocol: TCP
      destination:
        nets: [${pc.hostCidr(etcd.ip)}]
        ports: ${pc.flow(etcd.ports)}
</#list>
<#if dhcp>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: dhcp-out}}
      protocol: UDP
      ipVersion: 4
      source: {ports: [68]}
      destination: {ports: [67]}
</#if>
<#if calicoNetworking>
<#list [nodes4, nodes6] as family>
<#if family?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"bgp-out-v" + pc.ipVersion(family[0])}}}
      protocol: TCP
      destination: {nets: ${pc.flow(family)}, ports: [179]}
</#if>
</#list>
</#if>
<#if icmp && (mgmt6?has_content || nodes6?has_content)>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: icmpv6-out}}
      protocol: ICMPv6
</#if>
