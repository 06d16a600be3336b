package org.fazhi.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the addresses of the language switch ({@code languageLinks.zh}, {@code languageLinks.en}): the
 * page itself with its query kept and {@code lang} set, so switching the language keeps a search, a filter or a
 * tracking code. A page shown in answer to a form (POST) switches to the page's own address without the form.
 */
@ControllerAdvice
class LanguageLinksAdvice {

    static final String PARAM = "lang";

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("zh", link(request, "zh_CN"), "en", link(request, "en"));
    }

    static String link(HttpServletRequest request, String lang) {
        String path = request.getRequestURI();
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        try {
            return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(PARAM, lang).build(true)
                    .toUriString();
        } catch (IllegalArgumentException e) {
            // a query the browser did not encode as it should: switch on the page without it
            return UriComponentsBuilder.fromPath(path).queryParam(PARAM, lang).build().encode().toUriString();
        }
    }
}
