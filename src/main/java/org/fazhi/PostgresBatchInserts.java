package org.fazhi;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, has the driver send a JDBC batch of inserts as multi-row {@code INSERT … VALUES (…), (…)}
 * ({@code reWriteBatchedInserts}): Hibernate's batched inserts, the audit events a transaction appends and the keys
 * of an imported ledger's chunk then cost one statement per batch instead of one per row. The driver reports such a
 * batch's rows as done without a count, which Hibernate and Spring accept for inserts; updates and deletes are sent
 * as before. A URL that names the setting itself is left as it is; H2 does not know the setting and is not touched.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    static final String SETTING = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && !pool.getJdbcUrl().contains(SETTING)
                && !pool.getDataSourceProperties().containsKey(SETTING)) {
            pool.addDataSourceProperty(SETTING, "true");
        }
        return bean;
    }
}
