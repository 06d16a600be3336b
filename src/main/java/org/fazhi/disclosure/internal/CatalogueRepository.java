package org.fazhi.disclosure.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Catalogue items within the caller's data scope. */
public interface CatalogueRepository extends JpaRepository<CatalogueItem, Long>, JpaSpecificationExecutor<CatalogueItem> {

    List<CatalogueItem> findByPublishedOnIsNullOrderByFormedOnAsc();

    List<CatalogueItem> findByCategory(ItemCategory category);
}
