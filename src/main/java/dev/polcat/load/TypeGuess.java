package dev.polcat.load;

import dev.polcat.catalog.ParamType;
import dev.polcat.diag.Diagnostics;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.List;

/**
 * The parameter type a profile value suggests, for the declaration polcat tells the author to add: the
 * first of these that binds without a problem. Ports before ints and IPs before CIDRs, because the
 * narrower type catches more mistakes.
 */
final class TypeGuess {
    private static final List<ParamType.Kind> ORDER = List.of(
            ParamType.Kind.BOOL,
            ParamType.Kind.PORT,
            ParamType.Kind.INT,
            ParamType.Kind.IP,
            ParamType.Kind.CIDR,
            ParamType.Kind.SELECTOR,
            ParamType.Kind.STRING);

    private TypeGuess() {}

    static String of(YNode value) {
        boolean list = value instanceof YList;
        for (ParamType.Kind k : ORDER) {
            ParamType.Scalar item = ParamType.Scalar.of(k);
            ParamType t = list ? new ParamType.ListOf(item) : item;
            // A selector is also valid text; guess it only when it reads like one (has an operator).
            if (k == ParamType.Kind.SELECTOR && !text(value).matches("(?s).*(==|!=|\\bin\\b|has\\(|all\\(\\)).*"))
                continue;
            Diagnostics scratch = new Diagnostics();
            new ParamBinder(scratch).bind(value, t, "");
            if (!scratch.hasErrors()) return t.spelling();
        }
        return list ? "string[]" : "string";
    }

    private static String text(YNode value) {
        if (value instanceof YScalar s) return s.text();
        if (value instanceof YList l)
            return String.join(" ", l.items().stream().map(TypeGuess::text).toList());
        return "";
    }
}
