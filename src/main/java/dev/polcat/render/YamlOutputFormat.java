package dev.polcat.render;

import dev.polcat.yaml.YamlEmitter;
import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker has no YAML output format, so {@code ${value}} would be pasted raw and a profile value with
 * a newline could add a rule. In this format every interpolated string becomes one YAML scalar: plain
 * when it cannot be misread, double-quoted otherwise. Numbers bypass escaping (see {@link
 * YamlNumberFormatFactory}); template text itself is markup and is not touched.
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

    /** {@code true}/{@code false} stay booleans (from {@code ${flag}}); every other string stays a string. */
    @Override
    public String escapePlainText(String plainTextContent) {
        if (plainTextContent.equals("true") || plainTextContent.equals("false")) return plainTextContent;
        return YamlEmitter.string(plainTextContent);
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
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public YamlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
