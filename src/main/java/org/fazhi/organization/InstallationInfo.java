package org.fazhi.organization;

/** Facts about the installation that every page may need to show. */
public interface InstallationInfo {

    /** Whether the demonstration data (演示数据) was loaded: then every console page says 演示环境. */
    boolean demoData();
}
