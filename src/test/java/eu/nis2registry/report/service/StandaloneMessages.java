package eu.nis2registry.report.service;

import eu.nis2registry.report.ReportMessages;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report wording outside Quarkus, for plain layout tests and the benchmark: each message of
 * {@link ReportMessages} (or of its localised file) rendered by a stand-alone Qute engine, the same template
 * language the generated bundle uses.
 */
public final class StandaloneMessages {

    private StandaloneMessages() {
    }

    public static ReportMessages of(String language) {
        Properties localized = "en".equals(language) ? new Properties() : load("messages/report_" + language + ".properties");
        Engine engine = Engine.builder().addDefaults().build();
        Map<Method, Template> templates = new ConcurrentHashMap<>();
        return (ReportMessages) Proxy.newProxyInstance(ReportMessages.class.getClassLoader(),
                new Class<?>[] {ReportMessages.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "toString" -> "StandaloneMessages[" + language + "]";
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> proxy == args[0];
                        };
                    }
                    Template template = templates.computeIfAbsent(method, m -> engine.parse(
                            localized.getProperty(m.getName(), m.getAnnotation(Message.class).value())));
                    TemplateInstance instance = template.instance();
                    Parameter[] parameters = method.getParameters();
                    for (int i = 0; i < parameters.length; i++) {
                        instance.data(parameters[i].getName(), args[i]);
                    }
                    return instance.render();
                });
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = StandaloneMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
