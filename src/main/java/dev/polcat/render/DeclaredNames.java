package dev.polcat.render;

import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The root of a render's data model, which notices every name a template looks up that the policy's
 * doc does not declare. FreeMarker hands an unknown name to {@code pc.flow(x)} or a macro as a missing
 * value and to {@code x??} as "absent", so the mistake would surface far from where it was made, or
 * not at all; here each is caught where it is used, whatever uses it.
 */
final class DeclaredNames implements TemplateHashModel {
    private final TemplateHashModel values;
    private final Set<String> declared;
    private final OutputTrace trace;
    private final Map<String, TracedElement> undeclared = new LinkedHashMap<>();

    DeclaredNames(TemplateHashModel values, Set<String> declared, OutputTrace trace) {
        this.values = values;
        this.declared = declared;
        this.trace = trace;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        TemplateModel v = values.get(key);
        if (v == null && !declared.contains(key)) undeclared.putIfAbsent(key, trace.usingElement());
        return v;
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
        return values.isEmpty();
    }

    /** Each undeclared name, in the order first used, with the element in the policy template using it. */
    Map<String, TracedElement> undeclared() {
        return undeclared;
    }
}
