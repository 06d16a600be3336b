package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Importing the 矛盾纠纷台账 creates mediation records: it needs the mediators' permission, not the generic import one. */
class DisputeLedgerPermissionTest extends IntegrationTest {

    private static byte[] oneRow(String summary) {
        return Ledgers.csv(StandardCharsets.UTF_8, true, DisputeLedgerImportTest.HEADER,
                "2024-06-03,东兴村,邻里,申请调解," + summary + ",权限甲,,否,村调委会,调解中,,");
    }

    @Test
    void an_officer_with_the_import_permission_but_no_mediation_permission_cannot_import_disputes() {
        String ledger = java.net.URLEncoder.encode("矛盾纠纷台账", StandardCharsets.UTF_8);
        Api.Response generic = api("officer1").upload("/api/v1/ledgers/" + ledger + "/import", "file", "a.csv",
                "text/csv", oneRow("越权导入甲"));
        Api.Response own = api("officer1").upload("/api/v1/mediation/disputes/import", "file", "a.csv", "text/csv",
                oneRow("越权导入乙"));

        assertThat(generic.status()).isEqualTo(403);
        assertThat(own.status()).isEqualTo(403);
        assertThat(api("mediator").get("/api/v1/mediation/disputes?q=越权导入").json().get("total").asLong()).isZero();
        assertThat(api("officer1").get("/api/v1/ledgers").body()).doesNotContain("矛盾纠纷台账");
    }

    @Test
    void a_mediator_imports_the_dispute_ledger() {
        Api.Response r = api("mediator").upload("/api/v1/mediation/disputes/import", "file", "a.csv", "text/csv",
                oneRow("有权导入丙"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(1);
        assertThat(api("mediator").get("/api/v1/ledgers").body()).contains("矛盾纠纷台账");
    }
}
