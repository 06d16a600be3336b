package org.fazhi.web.internal;

import java.util.Locale;
import org.fazhi.shared.web.Labels;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles ({@code spring.messages.*}), with one addition: a statute citation passed as a message argument
 * ({@code 《行政处罚法》第58条}, as the rules write it into their messages) is written in the reader's language, so an
 * English message does not quote its legal basis in Chinese. Only an argument that is a citation and nothing else is
 * translated: a recorded text that mentions one (a pause's reason) is shown as it was written. An enum constant passed
 * as an argument (a status, a permission) is written as its label ({@link Labels#keyOf}, else its own {@code label()}),
 * so that no message shows a code such as {@code AUDIT_READ}.
 */
class PlatformMessageSource extends ResourceBundleMessageSource {

    @Override
    protected Object[] resolveArguments(Object[] args, Locale locale) {
        Object[] resolved = super.resolveArguments(args, locale);
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Enum<?> e) {
                resolved[i] = getMessage(Labels.keyOf(e), null, Labels.fallbackLabel(e), locale);
            } else if (resolved[i] instanceof String s && Labels.isCitation(s)) {
                resolved[i] = Labels.citations(s, locale, this);
            }
        }
        return resolved;
    }
}
