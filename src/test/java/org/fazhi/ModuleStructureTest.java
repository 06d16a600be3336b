package org.fazhi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep their internals to themselves; the module documentation in docs/modules/ is current. */
class ModuleStructureTest {

    private static final Path DOCS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(FazhiApplication.class);

    @Test
    void modules_use_each_other_only_through_their_public_faces() {
        modules.verify();
    }

    @Test
    void writes_the_module_documentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path p : diagrams.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(p);
            }
        }
    }

    /**
     * The documenter writes a diagram's relations in an order that changes from run to run; sorted, an unchanged
     * structure leaves the files unchanged (the order of relations means nothing to PlantUML).
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                block.add(line);
                continue;
            }
            block.sort(null);
            out.addAll(block);
            block.clear();
            out.add(line);
        }
        block.sort(null);
        out.addAll(block);
        Files.write(diagram, out, StandardCharsets.UTF_8);
    }
}
