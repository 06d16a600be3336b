package org.fazhi.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code fazhi.web.trusted-proxies}: only the listed addresses are believed, exactly; none by default. */
class TrustedProxiesTest {

    private static String regexOf(String list) {
        return TrustedProxies.regexOf(list);
    }

    @Test
    void no_proxy_is_trusted_unless_configured() {
        assertThat(regexOf("")).isNull();
        assertThat(regexOf(null)).isNull();
    }

    @Test
    void the_listed_addresses_match_exactly_and_nothing_else() {
        Pattern p = Pattern.compile(regexOf("10.0.0.5, 192.168.1.10"));

        assertThat(p.matcher("10.0.0.5").matches()).isTrue();
        assertThat(p.matcher("192.168.1.10").matches()).isTrue();
        assertThat(p.matcher("10.0.0.50").matches()).isFalse();
        assertThat(p.matcher("10.0.0x5").matches()).isFalse();
    }
}
