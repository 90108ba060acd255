package dev.polcat.calico;

/**
 * One entry of a rule's {@code from} or {@code to}. Each part is null when absent. Pod and namespace
 * selectors together mean "these pods in these namespaces"; a pod selector alone means "in the policy's
 * namespace"; a namespace selector alone means "every pod in these namespaces"; an ipBlock stands alone.
 */
public record KubernetesPeer(LabelSelector podSelector, LabelSelector namespaceSelector, IpBlock ipBlock) {}
