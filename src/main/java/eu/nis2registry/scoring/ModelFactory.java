package eu.nis2registry.scoring;

import eu.nis2registry.scoring.engine.ScoringModel;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The built-in model with the configured overrides applied; an unknown weight name stops the start. */
public final class ModelFactory {

    private ModelFactory() {
    }

    public static ScoringModel build(ScoringConfig config) {
        ScoringModel defaults = ScoringModel.defaults();
        List<String> unknown = new ArrayList<>();
        ScoringModel.InherentWeights inherent = override(defaults.inherent(), config.inherent(), "inherent", unknown);
        ScoringModel.ControlWeights controls = override(defaults.controls(), config.controls(), "controls", unknown);
        ScoringModel.ExposureWeights exposure = override(defaults.exposure(), config.exposure(), "exposure", unknown);
        ScoringModel.Thresholds thresholds = override(defaults.thresholds(), config.thresholds(), "thresholds", unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Unknown risk model setting(s): " + unknown);
        }
        return new ScoringModel(config.version().orElse(defaults.version()), inherent, controls, exposure, thresholds);
    }

    /** A copy of the record with the named components replaced; names are the components' in kebab case. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R override(R record, Map<String, Double> values, String group, List<String> unknown) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        TreeSet<String> known = new TreeSet<>();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                String name = kebab(components[i].getName());
                known.add(name);
                types[i] = components[i].getType();
                Double value = values.get(name);
                arguments[i] = value == null ? components[i].getAccessor().invoke(record)
                        : types[i] == int.class ? (Object) (int) Math.round(value) : value;
            }
            values.keySet().stream().filter(k -> !known.contains(k)).forEach(k -> unknown.add("registry.scoring." + group + "." + k));
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return (R) constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Risk model settings of group '" + group + "' are invalid: " + cause.getMessage(), cause);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
