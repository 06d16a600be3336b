package org.fazhi.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running platform: the whole application on a random port, on H2 or on a real
 * PostgreSQL (see {@link TestDatabase}), emptied and migrated once, with the demo data of both towns loaded through
 * the platform's services. All integration tests share this one configuration, so one application context serves
 * them all: do not add per-class properties or mock beans.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestConfig.class)
public abstract class IntegrationTest {

    /** The password of every demo account in tests. */
    public static final String PASSWORD = "Test-Passw0rd";

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestData data;

    @BeforeAll
    static void requireDatabase() {
        TestDatabase.requireReachable("the PostgreSQL integration tests");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (TestDatabase.postgres()) {
            registry.add("spring.datasource.url", () -> TestDatabase.PG_URL);
            registry.add("spring.datasource.username", () -> TestDatabase.PG_USER);
            registry.add("spring.datasource.password", () -> TestDatabase.PG_PASSWORD);
        }
    }

    /** An HTTP client for the API, signed in as {@code username} with HTTP Basic. */
    protected Api api(String username) {
        return new Api(port, username, PASSWORD);
    }

    /** An HTTP client without credentials. */
    protected Api anonymous() {
        return new Api(port, null, null);
    }

    /** A new legal reviewer of 示例镇's judicial office (a user of the second town), made once per call. */
    protected String secondTownReviewer() {
        String username = "t2-lr-" + Long.toString(System.nanoTime(), 36);
        Api.Response r = api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"示例镇法制审核员","homeUnitId":%d,"roles":["LEGAL_REVIEWER"],"password":"%s"}"""
                .formatted(username, data.unit(data.secondTown(), "司法所").id(), PASSWORD));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
