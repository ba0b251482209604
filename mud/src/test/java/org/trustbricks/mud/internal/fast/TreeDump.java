package org.trustbricks.mud.internal.fast;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A canonical text of a validation tree's content (maps and sets sorted), to compare two trees for equality. Sibling
 * positions (slots, choice numbers, mandatory plans made of slots) are left out: yangtools orders augmented children
 * differently from one class path to another, so only the content is compared; the differential tests check the
 * behaviour of the packaged tree, plans included.
 */
final class TreeDump {

    private static final java.util.Set<String> POSITIONAL = java.util.Set.of("slot", "childCount", "choices", "mandatory");

    private TreeDump() {
    }

    static String of(ValidationTree tree) {
        StringBuilder out = new StringBuilder();
        dump(tree, out);
        return out.toString();
    }

    private static void dump(Object o, StringBuilder out) {
        switch (o) {
            case null -> out.append("null");
            case String s -> out.append('"').append(s).append('"');
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Enum<?> e -> out.append(e.name());
            case Pattern p -> out.append("/").append(p.pattern()).append("/");
            case Map<?, ?> m -> {
                List<String> entries = new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    entries.add(text(e.getKey()) + "=" + text(e.getValue()));
                }
                entries.sort(Comparator.naturalOrder());
                out.append(entries);
            }
            case List<?> l -> {
                out.append('[');
                l.forEach(e -> dump(e, out.append(' ')));
                out.append(']');
            }
            case Collection<?> c -> {
                List<String> items = new ArrayList<>();
                c.forEach(e -> items.add(text(e)));
                items.sort(Comparator.naturalOrder());
                out.append(items);
            }
            default -> {
                if (o.getClass().isArray()) {
                    out.append('[');
                    for (int i = 0; i < Array.getLength(o); i++) {
                        dump(Array.get(o, i), out.append(' '));
                    }
                    out.append(']');
                } else if (o.getClass().getPackageName().startsWith("org.opendaylight")) {
                    out.append(o);
                } else {
                    fields(o, out);
                }
            }
        }
    }

    private static void fields(Object o, StringBuilder out) {
        out.append(o.getClass().getSimpleName()).append('{');
        for (Class<?> c = o.getClass(); c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || POSITIONAL.contains(f.getName())) {
                    continue;
                }
                f.setAccessible(true);
                out.append(f.getName()).append('=');
                try {
                    Object value = f.get(o);
                    if (f.getName().equals("members") && value instanceof Map<?, ?> m) {
                        dump(new java.util.TreeSet<>((java.util.Set<String>) (java.util.Set<?>) m.keySet()), out);
                    } else {
                        dump(value, out);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                out.append(';');
            }
        }
        out.append('}');
    }

    private static String text(Object o) {
        StringBuilder out = new StringBuilder();
        dump(o, out);
        return out.toString();
    }
}
