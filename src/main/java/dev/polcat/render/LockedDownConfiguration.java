package dev.polcat.render;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one way polcat configures FreeMarker, for policy templates and site layouts alike. Templates from
 * a pull request are hostile: no {@code ?new}, no {@code ?api}, a wrapper that exposes plain values only,
 * a loader confined to one folder, names that cannot climb out of it, and fixed formats so output never
 * depends on the machine's locale. See SECURITY in the README.
 */
public final class LockedDownConfiguration {
    private LockedDownConfiguration() {}

    public static Configuration create(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setTemplateNameFormat(freemarker.cache.TemplateNameFormat.DEFAULT_2_4_0);
        cfg.setLocalizedLookup(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        SimpleObjectWrapper wrapper = new SimpleObjectWrapper(Configuration.VERSION_2_3_34);
        wrapper.setDOMNodeSupport(false);
        wrapper.setJythonSupport(false);
        cfg.setObjectWrapper(wrapper);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((te, env) -> {});
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setCustomNumberFormats(Map.of(YamlNumberFormatFactory.NAME, YamlNumberFormatFactory.INSTANCE));
        cfg.setRegisteredCustomOutputFormats(java.util.List.of(YamlOutputFormat.INSTANCE));
        TemplateConfiguration yaml = new TemplateConfiguration();
        yaml.setOutputFormat(YamlOutputFormat.INSTANCE);
        yaml.setNumberFormat("@" + YamlNumberFormatFactory.NAME);
        cfg.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftl"), yaml));
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setArithmeticEngine(InterruptibleArithmetic.INSTANCE);
        return cfg;
    }
}
