package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What a transaction collects (audit events, case numbers) is written at its own commit and at no other. */
class TransactionBufferTest extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    private final List<List<String>> written = new ArrayList<>();
    private final TransactionBuffer<List<String>> buffer =
            new TransactionBuffer<>(ArrayList::new, values -> written.add(List.copyOf(values)), 0);

    @Test
    void a_transaction_started_inside_another_writes_what_it_collected_at_its_own_commit() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        outer.executeWithoutResult(status -> {
            buffer.get().add("outer-1");
            inner.executeWithoutResult(s -> buffer.get().add("inner"));
            assertThat(written).as("written when the inner transaction committed").containsExactly(List.of("inner"));
            assertThat(buffer.peek()).as("the outer transaction's own values are back").containsExactly("outer-1");
            buffer.get().add("outer-2");
            status.setRollbackOnly();
        });

        assertThat(written).as("the rolled-back outer transaction wrote nothing").containsExactly(List.of("inner"));
        assertThat(buffer.peek()).as("nothing is left bound after the transaction").isNull();
    }

    @Test
    void each_transaction_starts_with_an_empty_buffer() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> buffer.get().add("first"));
        tx.executeWithoutResult(s -> buffer.get().add("second"));

        assertThat(written).containsExactly(List.of("first"), List.of("second"));
    }
}
