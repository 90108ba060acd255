/**
 * The flow simulator: decides, before anything is applied, whether a flow to, from or through a host
 * endpoint, or to or from a workload (pod), is allowed by one environment's Calico policy, and explains
 * why step by step.
 *
 * <p>Entry points: {@link dev.polcat.analyze.flow.FlowSimulator#simulate} with a
 * {@link dev.polcat.analyze.flow.Flow} (built directly or read by {@link dev.polcat.analyze.flow.FlowSyntax}),
 * giving a {@link dev.polcat.analyze.flow.Verdict} with its {@link dev.polcat.analyze.flow.TrailStep}s.
 *
 * <p>Semantics follow CALICO.md sections 2 and 3. Decisions polcat makes where Calico has no single answer:
 * <ul>
 *   <li><b>A flow stands for every packet it describes.</b> A network endpoint, a missing port, protocol or
 *       source port, and the (never known) ICMP code make a flow a set of packets. "Allowed" means every
 *       packet is allowed: a rule that matches only part of the flow does not count for Allow, counts for
 *       Deny, and splits the flow for Pass (both parts must be allowed). Partial matches are in the trail.
 *       A network covered only by the union of several nets counts as partial (conservative).</li>
 *   <li><b>Selectors in rules</b> match addresses, as Felix's IP sets do: an address matches when a host
 *       (its addresses taken as expectedIPs) or a GlobalNetworkSet or NetworkSet holding it has matching
 *       labels, or a workload of the profile holds it. {@code notSelector} and {@code notNets} negate the
 *       packet match, so unknown addresses pass them. namespaceSelector {@code global()} keeps hosts and
 *       GlobalNetworkSets; any other keeps workloads and NetworkSets of the namespaces it selects; none, in
 *       a namespaced policy, keeps those of the policy's namespace. serviceAccounts keep workloads by their
 *       service account. services never match.</li>
 *   <li><b>Workload endpoints</b> carry the labels Calico adds ({@link dev.polcat.analyze.flow.WorkloadInfo}).
 *       Their chains have the normal tiers only, then the namespace profile {@code kns.NAMESPACE}, which
 *       allows all. A {@code path} flow goes through the egress policy of its source and the ingress policy
 *       of its destination; a host always reaches its own workloads. The forward chain of the host a pod's
 *       traffic leaves through is not evaluated on a path.</li>
 *   <li><b>Named ports</b> match only a host given by name whose HostEndpoint resource (by {@code node})
 *       declares the port with the flow's protocol and number; never a bare address or network.</li>
 *   <li><b>Host endpoints</b>: each host is one endpoint on its interface with the host's labels; a
 *       HostEndpoint resource for its node adds profiles and named ports. Only the
 *       {@code projectcalico-default-allow} profile is understood (Profile resources are not read).</li>
 *   <li><b>Forwarded traffic</b> passes the via host's single endpoint twice: its ingress forward chain, then
 *       its egress forward chain. When every applicable tier passes, the packet leaves Calico's forward
 *       chain without a verdict and is counted as allowed.</li>
 *   <li><b>HTTP matches</b> are not evaluated (L3/L4 only); a matching rule says so in the trail.</li>
 *   <li><b>Invalid policies</b> (a selector that does not parse, an unknown protocol) are left out, as Felix
 *       treats them as missing; {@link dev.polcat.analyze.flow.FlowSimulator#warnings()} lists them.</li>
 * </ul>
 */
package dev.polcat.analyze.flow;
