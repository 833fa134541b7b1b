package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readDescriptor() throws URISyntaxException {
        // The directory or jar that holds the core classes, read as a module.
        Path location = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        descriptor = ModuleFinder.of(location).find("org.roikit.core")
                .orElseThrow(() -> new AssertionError("no module org.roikit.core in " + location))
                .descriptor();
    }

    @Test
    void moduleIsNamedOrgRoikitCore() {
        assertThat(descriptor.name()).isEqualTo("org.roikit.core");
        assertThat(descriptor.isOpen()).isFalse();
    }

    @Test
    void exportsExactlyTheUserFacingPackages() {
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.roikit.core", "org.roikit.core.goal", "org.roikit.core.kpi", "org.roikit.core.series",
                        "org.roikit.core.tracking");
        assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void keepsHelpersInAnUnexportedPackage() {
        assertThat(descriptor.packages()).contains("org.roikit.core.internal");
    }

    @Test
    void requiresNothingButJavaBase() {
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactly("java.base");
        assertThat(descriptor.uses()).isEmpty();
        assertThat(descriptor.provides()).isEmpty();
    }
}
