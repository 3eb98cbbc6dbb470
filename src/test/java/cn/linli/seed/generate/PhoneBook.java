package cn.linli.seed.generate;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Hands out synthetic, unique office and duty phone numbers such as {@code 028-38121234}. */
final class PhoneBook {

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    PhoneBook(Random random) {
        this.random = random;
    }

    /** A new number: the prefix (e.g. {@code 028-3812}) followed by four random digits. */
    String next(String prefix) {
        while (true) {
            String number = prefix + String.format("%04d", random.nextInt(10_000));
            if (issued.add(number)) {
                return number;
            }
        }
    }
}
