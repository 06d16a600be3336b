package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The office phone and address the portal shows for a unit are kept by the administrator of its town. */
class PublicContactTest extends IntegrationTest {

    @Autowired
    OrgDirectory directory;

    @Test
    void the_towns_administrator_sets_a_units_office_contact_and_the_directory_serves_it() {
        long community = data.unit(data.secondTown(), "示例社区").id();

        Api.Response r = api("t2-admin").putJson("/api/v1/org-units/" + community + "/contact",
                "{\"phone\":\"0513-0000 0299转8\",\"address\":\"示例社区服务中心（示例地址）\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(directory.contactOf(community)).isEqualTo(new PublicContact("0513-0000 0299转8",
                "示例社区服务中心（示例地址）"));
    }

    @Test
    void a_phone_that_is_no_office_phone_is_refused_and_nothing_changes() {
        long committee = data.unit(data.secondTown(), "镇人民调解委员会").id();
        PublicContact before = directory.contactOf(committee);

        Api.Response r = api("t2-admin").putJson("/api/v1/org-units/" + committee + "/contact",
                "{\"phone\":\"请拨打张主任手机\",\"address\":\"x\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("publicPhone");
        assertThat(directory.contactOf(committee)).isEqualTo(before);
    }

    @Test
    void another_towns_unit_is_not_found() {
        long linxi = data.unit(data.sanxing(), "林西村").id();

        assertThat(api("t2-admin").putJson("/api/v1/org-units/" + linxi + "/contact", "{\"phone\":\"0513-1\"}")
                .status()).isEqualTo(404);
    }
}
