package dev.polcat.render;

import dev.polcat.yaml.YamlEmitter;
import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker has no YAML output format, so {@code ${value}} would be pasted raw and a profile value with
 * a newline could add a rule. In this format every interpolated string becomes one YAML scalar string:
 * plain when it cannot be misread, quoted otherwise. Numbers bypass escaping (see {@link
 * YamlNumberFormatFactory}), and so do booleans of the data model ({@link #bool}); template text itself
 * is markup and is not touched.
 */
public final class YamlOutputFormat extends CommonMarkupOutputFormat<YamlOutputFormat.Model> {
    public static final YamlOutputFormat INSTANCE = new YamlOutputFormat();

    private YamlOutputFormat() {}

    @Override
    public String getName() {
        return "YAML";
    }

    @Override
    public String getMimeType() {
        return "application/yaml";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    /**
     * Every string stays a string, {@code "true"} included: a profile string must not turn into a YAML
     * boolean. Booleans print unquoted only when they come from the data model as {@link Bool}.
     */
    @Override
    public String escapePlainText(String plainTextContent) {
        return YamlEmitter.string(plainTextContent);
    }

    /** A boolean of the data model: usable in {@code <#if>}, and printed by {@code ${flag}} as YAML true/false. */
    public static TemplateModel bool(boolean value) {
        return value ? Bool.TRUE : Bool.FALSE;
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** A piece of YAML text that is already safe to output as is. */
    public static class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public YamlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }

    /**
     * FreeMarker prints a markup value before it looks at booleans, so {@code ${flag}} gives the markup
     * {@code true}; {@code <#if flag>} and {@code ?then} still see a boolean.
     */
    static final class Bool extends Model implements TemplateBooleanModel {
        static final Bool TRUE = new Bool(true);
        static final Bool FALSE = new Bool(false);
        private final boolean value;

        private Bool(boolean value) {
            super(null, Boolean.toString(value));
            this.value = value;
        }

        @Override
        public boolean getAsBoolean() {
            return value;
        }
    }
}
