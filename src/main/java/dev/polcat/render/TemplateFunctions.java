package dev.polcat.render;

import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.net.IpNet;
import dev.polcat.yaml.YamlEmitter;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pc} helpers available to every policy template. They exist so that templates cannot
 * produce an invalid selector, CIDR or port list by accident:
 *
 * <ul>
 *   <li>{@code pc.hostCidr(ip)}: {@code 10.0.0.1/32} or {@code fd00::1/128}
 *   <li>{@code pc.ipVersion(ipOrCidr)}: 4 or 6; {@code pc.v4(list)} / {@code pc.v6(list)} keep one family
 *   <li>{@code pc.selector(text)}: the selector in canonical form, or a render error showing where it is
 *       wrong
 *   <li>{@code pc.flow(value)}: any list or value as one-line YAML ({@code [22, "1000:2000"]})
 * </ul>
 */
final class TemplateFunctions {
    private TemplateFunctions() {}

    static Map<String, TemplateModel> all() {
        Map<String, TemplateModel> m = new LinkedHashMap<>();
        m.put("hostCidr", (TemplateMethodModelEx)
                args -> new SimpleScalar(net(args, 0, "hostCidr").hostCidr()));
        m.put("ipVersion", (TemplateMethodModelEx) args ->
                new freemarker.template.SimpleNumber(net(args, 0, "ipVersion").version()));
        m.put("v4", (TemplateMethodModelEx) args -> family(args, 4, "v4"));
        m.put("v6", (TemplateMethodModelEx) args -> family(args, 6, "v6"));
        m.put("selector", (TemplateMethodModelEx) TemplateFunctions::selector);
        m.put("flow", (TemplateMethodModelEx) args -> {
            arity(args, 1, "flow");
            return YamlOutputFormat.INSTANCE.fromMarkup(flow((TemplateModel) args.get(0)));
        });
        return m;
    }

    private static IpNet net(List<?> args, int i, String fn) throws TemplateModelException {
        arity(args, 1, fn);
        String s = string(args.get(i), fn);
        return IpNet.parse(s)
                .orElseThrow(
                        () -> new TemplateModelException("pc." + fn + ": '" + s + "' is not an IP address or CIDR"));
    }

    private static TemplateModel family(List<?> args, int version, String fn) throws TemplateModelException {
        arity(args, 1, fn);
        if (!(args.get(0) instanceof TemplateSequenceModel seq)) {
            throw new TemplateModelException("pc." + fn + " expects a list of addresses or CIDRs");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            String s = string(seq.get(i), fn);
            IpNet n = IpNet.parse(s)
                    .orElseThrow(() ->
                            new TemplateModelException("pc." + fn + ": '" + s + "' is not an IP address or CIDR"));
            if (n.version() == version) out.add(s);
        }
        return new SimpleSequence(out, null);
    }

    private static TemplateModel selector(List<?> args) throws TemplateModelException {
        arity(args, 1, "selector");
        String s = string(args.get(0), "selector");
        try {
            return new SimpleScalar(Selector.parse(s).canonical());
        } catch (SelectorParseException e) {
            throw new TemplateModelException("pc.selector: invalid selector: " + e.getMessage() + "\n" + e.caret());
        }
    }

    static String flow(TemplateModel m) throws TemplateModelException {
        if (m instanceof TemplateSequenceModel seq) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < seq.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(flow(seq.get(i)));
            }
            return b.append(']').toString();
        }
        if (m instanceof TemplateNumberModel n) {
            return YamlEmitter.scalar(new java.math.BigDecimal(n.getAsNumber().toString()));
        }
        if (m instanceof TemplateBooleanModel b) return Boolean.toString(b.getAsBoolean());
        if (m instanceof TemplateScalarModel s) return YamlEmitter.string(s.getAsString());
        throw new TemplateModelException("pc.flow supports lists, strings, numbers and booleans");
    }

    private static String string(Object arg, String fn) throws TemplateModelException {
        if (arg instanceof TemplateScalarModel s) return s.getAsString();
        throw new TemplateModelException("pc." + fn + " expects a string argument");
    }

    private static void arity(List<?> args, int n, String fn) throws TemplateModelException {
        if (args.size() != n) {
            throw new TemplateModelException("pc." + fn + " takes " + n + " argument" + (n == 1 ? "" : "s"));
        }
    }
}
