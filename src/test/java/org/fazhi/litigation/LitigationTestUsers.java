package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.TestData;

/** Accounts the litigation tests need beyond the demo's. */
final class LitigationTestUsers {

    private LitigationTestUsers() {
    }

    /** A legal reviewer of 示例镇's judicial office, made once per call. */
    static String secondTownReviewer(Function<String, Api> api, TestData data) {
        String username = "t2-lit-" + Long.toString(System.nanoTime(), 36);
        Api.Response r = api.apply("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"示例镇法制审核员","homeUnitId":%d,"roles":["LEGAL_REVIEWER"],"password":"%s"}"""
                .formatted(username, data.unit(data.secondTown(), "司法所").id(), IntegrationTest.PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }
}
