package org.fazhi.web.internal;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a reverse proxy: {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only when the request
 * comes from one of the addresses in {@code fazhi.web.trusted-proxies} (comma-separated, default none). Then the
 * client address (login throttling, rate limits, logs) is the forwarded one and a request the proxy received over
 * HTTPS is secure, so the session cookie is marked {@code Secure}. From anyone else the headers are ignored: a client
 * cannot choose its own address to slip past the limits.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final String regex;

    TrustedProxies(@Value("${fazhi.web.trusted-proxies:}") String trustedProxies) {
        this.regex = regexOf(trustedProxies);
    }

    /** The exact addresses as one regular expression for Tomcat, or null for none. */
    static String regexOf(String list) {
        if (list == null || list.isBlank()) {
            return null;
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (regex == null) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(regex);
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        factory.addEngineValves(valve);
    }
}
