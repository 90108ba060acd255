package dev.polcat.render;

import freemarker.core.Environment;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Numbers in YAML templates print in computer form ({@code 2379}, never {@code 2,379}) and as markup, so
 * the YAML output format does not quote them into strings.
 */
final class YamlNumberFormatFactory extends TemplateNumberFormatFactory {
    static final String NAME = "yaml";
    static final YamlNumberFormatFactory INSTANCE = new YamlNumberFormatFactory();

    @Override
    public TemplateNumberFormat get(String params, Locale locale, Environment env) {
        return Format.INSTANCE;
    }

    private static final class Format extends TemplateNumberFormat {
        static final Format INSTANCE = new Format();

        @Override
        public String formatToPlainText(TemplateNumberModel model) throws TemplateModelException {
            Number n = model.getAsNumber();
            if (n instanceof Integer
                    || n instanceof Long
                    || n instanceof Short
                    || n instanceof Byte
                    || n instanceof BigInteger) {
                return n.toString();
            }
            BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
            return d.stripTrailingZeros().toPlainString();
        }

        @Override
        public Object format(TemplateNumberModel model) throws TemplateModelException {
            String s = formatToPlainText(model);
            return YamlOutputFormat.INSTANCE.fromMarkup(s);
        }

        @Override
        public boolean isLocaleBound() {
            return false;
        }

        @Override
        public String getDescription() {
            return "YAML number";
        }
    }
}
