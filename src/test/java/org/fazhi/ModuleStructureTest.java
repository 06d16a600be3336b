package org.fazhi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep their internals to themselves; the module documentation in docs/modules/ is current. */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(FazhiApplication.class);

    @Test
    void modules_use_each_other_only_through_their_public_faces() {
        modules.verify();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
