<#-- What every host needs from the network, whatever its role: name resolution, time, an address
     (DHCP), ICMP/ICMPv6 for path MTU and neighbour discovery, and its own loopback traffic.
     Address rules are split by family: Calico forbids mixing IPv4 and IPv6 in one rule. -->
<#assign dns4 = pc.v4(dnsServers)>
<#assign dns6 = pc.v6(dnsServers)>
<#assign ntp4 = pc.v4(ntpServers)>
<#assign ntp6 = pc.v6(ntpServers)>
<#assign reg4 = pc.v4(registryCidrs)>
<#assign reg6 = pc.v6(registryCidrs)>
<#assign ipv4 = pc.v4(nodeCidrs)?has_content>
<#assign ipv6 = pc.v6(nodeCidrs)?has_content>
<#-- ICMP types: [type, rule name]. Ingress and egress differ: hosts receive router advertisements
     and send router solicitations, never the other way round. -->
<#assign icmp4In = [[8, "icmp-echo-request-in"], [3, "icmp-unreachable-in"], [11, "icmp-time-exceeded-in"]]>
<#assign icmp4Out = [[8, "icmp-echo-request-out"], [3, "icmp-unreachable-out"]]>
<#assign icmp6In = [[128, "icmpv6-echo-request-in"], [1, "icmpv6-unreachable-in"], [2, "icmpv6-packet-too-big-in"],
    [3, "icmpv6-time-exceeded-in"], [135, "icmpv6-neighbour-solicit-in"], [136, "icmpv6-neighbour-advert-in"]]>
<#assign icmp6Out = [[128, "icmpv6-echo-request-out"], [1, "icmpv6-unreachable-out"], [2, "icmpv6-packet-too-big-out"],
    [133, "icmpv6-router-solicit-out"], [135, "icmpv6-neighbour-solicit-out"], [136, "icmpv6-neighbour-advert-out"]]>
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: node-services
spec:
  order: 100
  selector: ${hostSelector}
  types: [Ingress, Egress]
  ingress:
<#if ipv4>
<#list icmp4In as t>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${t[1]}}}
      protocol: ICMP
      ipVersion: 4
      icmp: {type: ${t[0]}}
</#list>
</#if>
<#if ipv6>
<#list icmp6In as t>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${t[1]}}}
      protocol: ICMPv6
      ipVersion: 6
      icmp: {type: ${t[0]}}
</#list>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: icmpv6-router-advert-in}}
      protocol: ICMPv6
      ipVersion: 6
      icmp: {type: 134}
      source: {nets: [fe80::/10]}
</#if>
<#if dhcp>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: dhcp-client-in}}
      protocol: UDP
      ipVersion: 4
      source: {ports: [67]}
      destination: {ports: [68]}
</#if>
<#if loopback>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: loopback-in-v4}}
      ipVersion: 4
      source: {nets: [127.0.0.0/8]}
      destination: {nets: [127.0.0.0/8]}
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: loopback-in-v6}}
      ipVersion: 6
      source: {nets: ["::1/128"]}
      destination: {nets: ["::1/128"]}
</#if>
  egress:
<#list [dns4, dns6] as family>
<#if family?has_content>
<#list ["UDP", "TCP"] as proto>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"dns-out-" + proto?lower_case + "-v" + pc.ipVersion(family[0])}}}
      protocol: ${proto}
      ipVersion: ${pc.ipVersion(family[0])}
      destination:
        nets: [<#list family as ip>${pc.hostCidr(ip)}<#sep>, </#list>]
        ports: [53]
</#list>
</#if>
</#list>
<#list [ntp4, ntp6] as family>
<#if family?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"ntp-out-v" + pc.ipVersion(family[0])}}}
      protocol: UDP
      ipVersion: ${pc.ipVersion(family[0])}
      destination:
        nets: [<#list family as ip>${pc.hostCidr(ip)}<#sep>, </#list>]
        ports: [123]
</#if>
</#list>
<#list [reg4, reg6] as family>
<#if family?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"registry-out-v" + pc.ipVersion(family[0])}}}
      protocol: TCP
      ipVersion: ${pc.ipVersion(family[0])}
      destination:
        nets: ${pc.flow(family)}
        ports: ${pc.flow(registryPorts)}
</#if>
</#list>
<#if dhcp>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: dhcp-client-out}}
      protocol: UDP
      ipVersion: 4
      source: {ports: [68]}
      destination: {ports: [67]}
</#if>
<#if ipv4>
<#list icmp4Out as t>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${t[1]}}}
      protocol: ICMP
      ipVersion: 4
      icmp: {type: ${t[0]}}
</#list>
</#if>
<#if ipv6>
<#list icmp6Out as t>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${t[1]}}}
      protocol: ICMPv6
      ipVersion: 6
      icmp: {type: ${t[0]}}
</#list>
</#if>
<#if loopback>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: loopback-out-v4}}
      ipVersion: 4
      destination: {nets: [127.0.0.0/8]}
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: loopback-out-v6}}
      ipVersion: 6
      destination: {nets: ["::1/128"]}
</#if>
