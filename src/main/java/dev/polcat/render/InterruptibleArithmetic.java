package dev.polcat.render;

import freemarker.core.ArithmeticEngine;

/**
 * FreeMarker checks for interruption only between directives, so a loop inside one built-in, such as
 * {@code (1..)?filter(n -> n < 0)?first}, never saw the deadline; stopping it needed {@code Thread.stop},
 * which Java 20+ no longer has. Every comparison and arithmetic step of a template goes through the
 * arithmetic engine, so checking the interrupt flag here stops such loops cooperatively, on any Java, and
 * FreeMarker reports the expression's own file and line.
 */
final class InterruptibleArithmetic extends ArithmeticEngine.BigDecimalEngine {
    static final InterruptibleArithmetic INSTANCE = new InterruptibleArithmetic();

    /** Thrown inside the template when its render was interrupted at the deadline. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super("the render's time limit ran out", null, false, false);
        }
    }

    private static void check() {
        if (Thread.currentThread().isInterrupted()) throw new Interrupted();
    }

    @Override
    public int compareNumbers(Number first, Number second) {
        check();
        return super.compareNumbers(first, second);
    }

    @Override
    public Number add(Number first, Number second) {
        check();
        return super.add(first, second);
    }

    @Override
    public Number subtract(Number first, Number second) {
        check();
        return super.subtract(first, second);
    }

    @Override
    public Number multiply(Number first, Number second) {
        check();
        return super.multiply(first, second);
    }

    @Override
    public Number divide(Number first, Number second) {
        check();
        return super.divide(first, second);
    }

    @Override
    public Number modulus(Number first, Number second) {
        check();
        return super.modulus(first, second);
    }
}
