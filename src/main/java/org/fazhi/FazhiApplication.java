package org.fazhi;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 乡镇法治政府建设数字化平台 — the township rule-of-law government platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FazhiApplication {

    /** The platform's time zone: the machines run in UTC, the law counts days in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    public static void main(String[] args) {
        SpringApplication.run(FazhiApplication.class, args);
    }
}
