import dev.polcat.bench.RenderBench;
import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * RenderBench.renderPolicy for callgrind: set up, warm up, then wait for a line on stdin (the script turns
 * instrumentation on), render MEASURED times, say so and wait again (the script dumps the counts).
 */
public final class RenderInstructions {
    public static void main(String[] args) throws Exception {
        RenderBench b = new RenderBench();
        b.catalog = args[0];
        int warmup = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        b.setUp();
        long sink = 0;
        for (int i = 0; i < warmup; i++) sink += b.renderPolicy().size();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("ready " + sink);
        System.out.flush();
        in.readLine();
        for (int i = 0; i < measured; i++) sink += b.renderPolicy().size();
        System.out.println("done " + sink);
        System.out.flush();
        in.readLine();
        b.tearDown();
        System.exit(0);
    }
}
