package org.fazhi.shared;

/** A record owned by one town (every business record; the town id is also the shard key). */
public interface TownOwned {

    Long getTownId();
}
