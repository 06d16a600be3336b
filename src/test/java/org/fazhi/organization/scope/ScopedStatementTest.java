package org.fazhi.organization.scope;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Function;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.ScopeProbe;
import org.fazhi.support.ScopeProbeRepository;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An aggregate statement that states the caller's scope ({@link ScopedRecord.CountedFor#single}) runs without the
 * session's scope filters and still counts nothing beyond the scope — also when the unit asked for lies outside it,
 * as if a module forgot its check — and the filters are back, with their values, for the next statement.
 */
class ScopedStatementTest extends IntegrationTest {

    private static final String COUNT = "select count(*) from ScopeProbe p where p.title like '统计探针%'";

    @Autowired
    ScopeProbeRepository probes;

    @Autowired
    RunAs runAs;

    @Autowired
    TransactionTemplate tx;

    @PersistenceContext
    EntityManager em;

    List<Long> created;

    @BeforeEach
    void records() {
        OrgUnitView sanxing = data.sanxing();
        created = List.of(create(data.unit(sanxing, "镇人民调解委员会")), create(data.unit(sanxing, "林西村")),
                create(data.unit(sanxing, "林西村")), create(data.unit(data.secondTown(), "镇人民调解委员会")));
    }

    @AfterEach
    void cleanUp() {
        DataScope.asSystem(() -> tx.executeWithoutResult(s -> probes.deleteAllById(created)));
    }

    private long create(OrgUnitView holder) {
        return DataScope.asSystem(() -> tx.execute(s -> probes.save(new ScopeProbe(holder, "统计探针", null)))
                .getId());
    }

    /** The count of the unit's probes as {@code user}, through the scope-stating statement. */
    private long counted(String user, OrgUnitView unit) {
        return as(user, s -> {
            ScopedRecord.CountedFor condition = ScopedRecord.countedForJpql("p", unit);
            return condition.single(em.createQuery(COUNT + condition.jpql(), Long.class));
        });
    }

    /** The same count with the session's filters, as every other read runs. */
    private long filtered(String user, OrgUnitView unit) {
        return as(user, s -> {
            ScopedRecord.CountedFor condition = ScopedRecord.countedForJpql("p", unit);
            return condition.bind(em.createQuery(COUNT + condition.jpql(), Long.class)).getSingleResult();
        });
    }

    private <T> T as(String user, Function<Session, T> work) {
        return runAs.as(user, () -> tx.execute(s -> work.apply(em.unwrap(Session.class))));
    }

    @Test
    void a_town_user_counts_the_same_records_with_the_filters_suspended() {
        assertThat(counted("leader", data.sanxing())).isEqualTo(filtered("leader", data.sanxing())).isEqualTo(3);
    }

    @Test
    void a_town_user_counts_nothing_of_another_town_even_if_the_unit_was_not_checked() {
        assertThat(counted("leader", data.secondTown())).isZero();
        assertThat(counted("t2-mediator", data.secondTown())).isEqualTo(1);
    }

    @Test
    void a_village_user_counts_only_their_village_even_for_the_whole_town() {
        assertThat(counted("village-mediator", data.sanxing())).isEqualTo(2);
        assertThat(counted("village-mediator", data.unit(data.sanxing(), "林西村"))).isEqualTo(2);
    }

    @Test
    void the_district_counts_every_town_with_the_filters() {
        assertThat(counted("supervisor", data.district())).isEqualTo(filtered("supervisor", data.district()))
                .isEqualTo(4);
    }

    @Test
    void the_statement_stating_the_scope_keeps_its_translation() {
        QueryInterpretationCache plans = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getQueryEngine().getInterpretationCache();
        // a statement of its own text, so that its plan cannot be there already
        String fresh = COUNT + " and p.id <> -" + System.nanoTime();
        int before = plans.getNumberOfCachedQueryPlans();

        long n = as("leader", s -> {
            ScopedRecord.CountedFor condition = ScopedRecord.countedForJpql("p", data.sanxing());
            return condition.single(em.createQuery(fresh + condition.jpql(), Long.class));
        });

        assertThat(n).isEqualTo(3);
        assertThat(plans.getNumberOfCachedQueryPlans()).isGreaterThan(before);
    }

    @Test
    void the_filters_are_back_with_their_values_after_the_statement() {
        List<Object> after = as("village-mediator", s -> {
            ScopedRecord.CountedFor condition = ScopedRecord.countedForJpql("p", data.sanxing());
            condition.single(em.createQuery(COUNT + condition.jpql(), Long.class));
            return List.of(s.getEnabledFilter(ScopedRecord.TOWN_FILTER).getParameterValue("townIds"),
                    s.getEnabledFilter(ScopedRecord.VILLAGE_FILTER).getParameterValue("villageId"),
                    em.createQuery(COUNT, Long.class).getSingleResult());
        });

        assertThat(after).containsExactly(List.of(data.sanxing().townId()), data.unit(data.sanxing(), "林西村").id(),
                2L);
    }
}
