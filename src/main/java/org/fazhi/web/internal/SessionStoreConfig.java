package org.fazhi.web.internal;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sessions table (Spring Session JDBC) is read and written in plain JDBC transactions of its own. Not through the
 * platform's transaction manager: that one asks the data scope of the signed-in user when a transaction begins, and
 * the user is found in the session, so loading the session would begin a transaction loading the session again.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    /** Only for the sessions: not a candidate where the platform's transaction manager is injected. */
    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactions(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
