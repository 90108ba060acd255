<#-- Selectors shared by every policy of the catalog, so that a label is spelt in one place.
     Network sets (templates/policies/network-sets.yaml.ftl) carry the label polcat.dev/network;
     policies refer to them by these selectors, never by their CIDRs. -->
<#assign managementNetworks = 'polcat.dev/network == "management"'>
<#assign monitoringNetworks = 'polcat.dev/network == "monitoring"'>

<#-- Both selectors must match: used to narrow the catalog's host selector to one role, so that a
     role label on a pod can never make the pod a peer or a target of a host policy. -->
<#function both a b>
  <#return pc.selector("(" + a + ") && (" + b + ")")>
</#function>
