package org.fazhi.organization.scope;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory emf) {
        ScopedTransactionManager tm = new ScopedTransactionManager();
        tm.setEntityManagerFactory(emf);
        return tm;
    }
}
