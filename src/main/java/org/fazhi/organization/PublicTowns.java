package org.fazhi.organization;

import java.util.List;
import java.util.Optional;
import org.fazhi.shared.BadRequest;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * 门户所属乡镇 — which town a public page or public API call is for. A portal page belongs to one town, named in its
 * path by the town's code (行政区划代码, when it has one that no other town shares) or its id:
 * {@code /portal/320684105/enforcement}. A public API call that lists names the town by id ({@code ?town=}); it may
 * leave it out only where the installation has one town.
 */
@Component
public class PublicTowns {

    private final OrgDirectory directory;

    public PublicTowns(OrgDirectory directory) {
        this.directory = directory;
    }

    /** The towns of the installation, in the order of the org tree. */
    public List<OrgUnitView> all() {
        return directory.towns();
    }

    /** The district the towns belong to (the root of the org tree), if the installation has one yet. */
    public Optional<OrgUnitView> district() {
        return directory.all().stream().filter(u -> u.type() == OrgUnitType.DISTRICT).findFirst();
    }

    /** The only town of the installation, if it has exactly one. */
    public Optional<OrgUnitView> only() {
        List<OrgUnitView> towns = directory.towns();
        return towns.size() == 1 ? Optional.of(towns.get(0)) : Optional.empty();
    }

    /** The town named in a portal path, by its key ({@link #keyOf}) or its id. */
    public Optional<OrgUnitView> byKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        List<OrgUnitView> towns = directory.towns();
        Optional<OrgUnitView> byCode = towns.stream().filter(t -> key.equals(t.code()) && usableCode(t, towns))
                .findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        try {
            long id = Long.parseLong(key);
            return towns.stream().filter(t -> t.id() == id).findFirst();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The town named in a portal path, or 404. */
    public OrgUnitView get(String key) {
        return byKey(key).orElseThrow(() -> new NotFound("town", key));
    }

    /**
     * How portal paths name the town: its code when no other town has the same and it is made of letters, digits and
     * dashes only; otherwise its id.
     */
    public String keyOf(OrgUnitView town) {
        return usableCode(town, directory.towns()) ? town.code() : String.valueOf(town.id());
    }

    /** The path of the town's portal, with {@code rest} after it ({@code ""} for the town's front page). */
    public String portalPath(OrgUnitView town, String rest) {
        String base = "/portal/" + keyOf(town);
        return rest == null || rest.isEmpty() ? base : base + "/" + rest;
    }

    /**
     * The town a public API call that lists is for: the one named by {@code ?town=}, or the only town where there is
     * one; 400 with the reason otherwise.
     */
    public OrgUnitView forApi(Long townId) {
        if (townId == null) {
            return only().orElseThrow(() -> new BadRequest("town", "error.town.required"));
        }
        return directory.find(townId).filter(t -> t.type() == OrgUnitType.TOWN)
                .orElseThrow(() -> new BadRequest("town", "error.town.unknown", townId));
    }

    private static boolean usableCode(OrgUnitView town, List<OrgUnitView> towns) {
        return town.code() != null && PATH_SAFE.matcher(town.code()).matches()
                && towns.stream().filter(t -> town.code().equals(t.code())).count() == 1;
    }

    private static final java.util.regex.Pattern PATH_SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,40}");
}
