package org.roikit.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readDescriptor() throws URISyntaxException {
        // The directory or jar that holds the attribution classes, read as a module.
        Path location = Path.of(Journey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        descriptor = ModuleFinder.of(location).find("org.roikit.attribution")
                .orElseThrow(() -> new AssertionError("no module org.roikit.attribution in " + location))
                .descriptor();
    }

    @Test
    void exportsTheApiAndTheCsvPackage() {
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.roikit.attribution", "org.roikit.attribution.io",
                        "org.roikit.attribution.report");
        assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void keepsTheCommandLineAndHelpersUnexported() {
        assertThat(descriptor.packages())
                .contains("org.roikit.attribution.cli", "org.roikit.attribution.internal");
    }

    @Test
    void requiresRoiCoreTransitivelyAndNothingElse() {
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "org.roikit.core");
        ModuleDescriptor.Requires core = descriptor.requires().stream()
                .filter(r -> r.name().equals("org.roikit.core")).findFirst().orElseThrow();
        assertThat(core.modifiers()).isEqualTo(Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        assertThat(descriptor.uses()).isEmpty();
        assertThat(descriptor.provides()).isEmpty();
    }
}
