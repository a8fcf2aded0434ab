package id.ruangkonseling.reports.boundary;

/** One bar of a chart drawn as SVG on the server: where it is (in the chart's units), its colour and what it shows. */
public record ChartBar(int x, int y, int width, int height, String color, String label) {
}
