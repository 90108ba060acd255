package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    private static List<String> sorted(String... names) {
        List<String> out = new ArrayList<>(List.of(names));
        out.sort(NaturalOrder.INSTANCE);
        return out;
    }

    @Test
    void aNameComesBeforeItsLongerVariants() {
        assertEquals(List.of("dev", "prod", "prod-v6", "staging"), sorted("prod-v6", "staging", "prod", "dev"));
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(List.of("env2", "env10", "env100"), sorted("env100", "env10", "env2"));
        assertEquals(
                List.of("icmp", "tcp/22", "tcp/179", "tcp/2379", "udp/53"),
                sorted("udp/53", "tcp/2379", "tcp/179", "icmp", "tcp/22"));
    }

    @Test
    void theOrderIsTotalForLeadingZerosAndHugeNumbers() {
        assertEquals(List.of("a1", "a01", "a99999999999999999999"), sorted("a99999999999999999999", "a01", "a1"));
        assertEquals(0, NaturalOrder.INSTANCE.compare("x7", "x7"));
        assertEquals(
                List.of("a0", "a00", "a9", "a10", "a10b", "a10b2", "a010"),
                sorted("a10b2", "a010", "a10", "a00", "a9", "a10b", "a0"));
    }
}
