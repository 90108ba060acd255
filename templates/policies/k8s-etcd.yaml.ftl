<#-- The etcd members: client connections from the API servers, and peer traffic (replication,
     leader election) between the members only. The policy applies to the hosts etcdSelector selects;
     its rules name the members by address, from etcdServers — the list the failsafe policy opens
     egress to — so that the two policies cannot disagree about who the members are or their ports. -->
<#import "/lib/catalog.ftl" as lib>
<#assign members = []>
<#list etcdServers as etcd><#assign members = members + [etcd.ip]></#list>
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: k8s-etcd
spec:
  order: 320
  selector: ${lib.both(hostSelector, etcdSelector)}
  types: [Ingress, Egress]
  ingress:
<#list etcdServers as etcd>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"etcd-client-in-" + etcd.ip}}}
      protocol: TCP
      source: {selector: ${lib.both(hostSelector, etcdClientSelector)}}
      destination:
        nets: [${pc.hostCidr(etcd.ip)}]
        ports: ${pc.flow(etcd.ports)}
</#list>
<#list [pc.v4(members), pc.v6(members)] as family>
<#if family?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"etcd-peer-in-v" + pc.ipVersion(family[0])}}}
      protocol: TCP
      ipVersion: ${pc.ipVersion(family[0])}
      source:
        nets: [<#list family as ip>${pc.hostCidr(ip)}<#sep>, </#list>]
      destination: {ports: [${etcdPeerPort}]}
</#if>
</#list>
  egress:
<#list [pc.v4(members), pc.v6(members)] as family>
<#if family?has_content>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"etcd-peer-out-v" + pc.ipVersion(family[0])}}}
      protocol: TCP
      ipVersion: ${pc.ipVersion(family[0])}
      destination:
        nets: [<#list family as ip>${pc.hostCidr(ip)}<#sep>, </#list>]
        ports: [${etcdPeerPort}]
</#if>
</#list>
