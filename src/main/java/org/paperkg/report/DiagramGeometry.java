package org.paperkg.report;

import java.util.ArrayList;
import java.util.List;

/** The little plane geometry the diagram needs: points, rectangles, segment tests and curve sampling. */
final class DiagramGeometry {
    private DiagramGeometry() {}

    record Point(double x, double y) {
        double distance(Point o) {
            return Math.hypot(x - o.x, y - o.y);
        }
    }

    record Rect(double x, double y, double width, double height) {
        static Rect centred(Point c, double width, double height) {
            return new Rect(c.x() - width / 2, c.y() - height / 2, width, height);
        }

        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        Point centre() {
            return new Point(x + width / 2, y + height / 2);
        }

        Rect grow(double d) {
            return new Rect(x - d, y - d, width + 2 * d, height + 2 * d);
        }

        boolean contains(Point p) {
            return p.x() >= x && p.x() <= right() && p.y() >= y && p.y() <= bottom();
        }

        double overlapArea(Rect o) {
            double w = Math.min(right(), o.right()) - Math.max(x, o.x);
            double h = Math.min(bottom(), o.bottom()) - Math.max(y, o.y);
            return w > 0 && h > 0 ? w * h : 0;
        }

        Rect union(Rect o) {
            double nx = Math.min(x, o.x);
            double ny = Math.min(y, o.y);
            return new Rect(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
        }

        /** Does the segment a–b touch this rectangle? */
        boolean hits(Point a, Point b) {
            if (contains(a) || contains(b)) {
                return true;
            }
            Point tl = new Point(x, y);
            Point tr = new Point(right(), y);
            Point bl = new Point(x, bottom());
            Point br = new Point(right(), bottom());
            return crosses(a, b, tl, tr) || crosses(a, b, tr, br) || crosses(a, b, br, bl) || crosses(a, b, bl, tl);
        }

        /** Does the polyline touch this rectangle? */
        boolean hits(List<Point> line) {
            for (int i = 1; i < line.size(); i++) {
                if (hits(line.get(i - 1), line.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Where the ray from the centre towards {@code p} leaves the rectangle. */
        Point border(Point towards) {
            Point c = centre();
            double dx = towards.x() - c.x();
            double dy = towards.y() - c.y();
            if (dx == 0 && dy == 0) {
                return c;
            }
            double sx = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
            double sy = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
            double s = Math.min(sx, sy);
            return new Point(c.x() + dx * s, c.y() + dy * s);
        }
    }

    /** Proper or touching intersection of segments p1–p2 and q1–q2. */
    static boolean crosses(Point p1, Point p2, Point q1, Point q2) {
        double d1 = cross(q1, q2, p1);
        double d2 = cross(q1, q2, p2);
        double d3 = cross(p1, p2, q1);
        double d4 = cross(p1, p2, q2);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && onSegment(q1, q2, p1)) || (d2 == 0 && onSegment(q1, q2, p2))
                || (d3 == 0 && onSegment(p1, p2, q1)) || (d4 == 0 && onSegment(p1, p2, q2));
    }

    private static double cross(Point a, Point b, Point c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }

    private static boolean onSegment(Point a, Point b, Point p) {
        return Math.min(a.x(), b.x()) <= p.x() && p.x() <= Math.max(a.x(), b.x())
                && Math.min(a.y(), b.y()) <= p.y() && p.y() <= Math.max(a.y(), b.y());
    }

    /** Point at t on the quadratic Bézier a, c, b. */
    static Point quadratic(Point a, Point c, Point b, double t) {
        double u = 1 - t;
        return new Point(u * u * a.x() + 2 * u * t * c.x() + t * t * b.x(), u * u * a.y() + 2 * u * t * c.y() + t * t * b.y());
    }

    /** Point at t on the cubic Bézier a, c1, c2, b. */
    static Point cubic(Point a, Point c1, Point c2, Point b, double t) {
        double u = 1 - t;
        double k0 = u * u * u;
        double k1 = 3 * u * u * t;
        double k2 = 3 * u * t * t;
        double k3 = t * t * t;
        return new Point(k0 * a.x() + k1 * c1.x() + k2 * c2.x() + k3 * b.x(), k0 * a.y() + k1 * c1.y() + k2 * c2.y() + k3 * b.y());
    }

    /** A curve as a polyline, for hit tests; quadratic when {@code c2} is null. */
    static List<Point> sample(Point a, Point c1, Point c2, Point b, int steps) {
        List<Point> out = new ArrayList<>(steps + 1);
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            out.add(c2 == null ? quadratic(a, c1, b, t) : cubic(a, c1, c2, b, t));
        }
        return out;
    }
}
