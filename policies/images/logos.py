"""Find a school's own logos in a photo, and only those.

Two stages, because each alone fails in a way that matters here:

1. **Find** (SIFT keypoints, Lowe's ratio test, a RANSAC homography). Scale, rotation and
   mild perspective are what real photos do to a crest on a jumper or a sign, and SIFT is
   invariant to the first two and tolerant of the third. But keypoints also match the
   *shape* of a crest, and lettering in the same typeface matches letter by letter, so a
   homography with many inliers is not yet the school's logo.
2. **Verify** (appearance, tile by tile). The photo is warped back into the logo's frame and
   compared with the logo, degraded to the resolution it was seen at, in small tiles
   (zero-mean normalised cross-correlation, which ignores brightness, contrast and colour
   casts). Another school's crest with our shape, or our crest with other lettering, fails
   in the tiles where it differs, so the score is a low percentile of the tiles, not
   their mean. Two scores must both pass: *appearance* (intensity or edge strength, which
   shrugs off colour casts) and *detail* (band-pass, letter-stroke scale). Appearance alone
   lets a crest with our ring, shield or badge and another school's lettering through: the
   shared borders and fields dominate a tile's variance, so tiles where only the letters
   differ still correlate at 0.8-0.9. The band-pass image keeps strokes and drops fields,
   so in those tiles the letters themselves are compared.

Logo features are computed once per config (`LogoMatcher.__init__`); a photo's keypoints
once per photo (`PhotoFeatures`), for every logo of every config (`analysis.keypoints`).
"""
from __future__ import annotations

import math
import weakref
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from .decode import Decoded

#: Long side of the logo when its keypoints are computed; smaller copies are added so that
#: a crest seen at 10% of a photo's width still finds coarse keypoints to match.
TEMPLATE_SIDE = 400
#: (scale, strongest keypoints kept at that scale): matching cost grows with their number.
TEMPLATE_SCALES = ((1.0, 320), (0.5, 200), (0.25, 100))
#: Keypoints are found on the photo scaled to this long side (SIFT doubles it internally,
#: so a crest at 10% of the width still has ~100 pixels to work with), at most this many,
#: the strongest. Their descriptors are more than half of SIFT's work on a photo (about 0.2M
#: instructions each), but fewer is not safe: a heavily compressed photo's JPEG blocks make
#: strong keypoints that crowd out the crest's (the dev set's crest at quality 12 on a page of
#: text is missed with the strongest 1,000, found with 1,200), and a smaller FEATURE_SIDE
#: (400) lost small crests in the held-out probe (87/90 -> 83/90).
FEATURE_SIDE = 480
PHOTO_FEATURES = 1500
#: SIFT's contrast threshold for the photo (OpenCV's default is 0.04). What it drops are the
#: faint extrema of sensor noise and soft backgrounds; a printed crest's corners and strokes
#: are strong even small, blurred or colour-cast. At 0.06 a phone photo's SIFT costs about a
#: fifth less (fewer extrema refined, fewer descriptors), with the held-out probe's misses and
#: false hits the same, case for case, as at 0.04 (and at 0.05), and every crest of the dev set
#: found (the smallest and the quality-12 one with the same inliers). Not higher: at 0.08 the
#: probe lost a blurred crest at 10% of the width (87/90 -> 86/90). Logos keep the default:
#: their keypoints are computed once per config.
PHOTO_CONTRAST = 0.06
#: Lowe's ratio test: a match must be clearly better than the second best.
RATIO = 0.8
#: Fewest RANSAC inliers worth verifying; a tiny crest yields a dozen at best.
MIN_INLIERS = 8
RANSAC_PX = 4.0
#: Long side of the frame in which appearance is compared, and its tile size. Lettering on a
#: crest is a tenth of its height or less: at 240 pixels it is still ~20 pixels tall, enough
#: for the detail score to read the strokes of a crest shown that large or larger.
VERIFY_SIDE = 240
TILE = 30
#: Width (verify pixels) of the band along the logo's outline that scores leave out.
OUTLINE_PX = 4
#: A tile counts when the logo is mostly there (alpha) and has some structure to compare.
TILE_MIN_COVER = 0.6
TILE_MIN_STD = 12.0
#: Blur (in verify pixels) applied to both sides before comparing: JPEG blocks, resampling.
BLUR_SIGMA = 1.0
#: Appearance score: this low percentile of the tiles' correlations. Lettering that differs
#: spoils only the tiles it is in, perhaps a tenth of them, so the score looks there.
TILE_PERCENTILE = 5
#: Accept a match when the appearance score reaches MIN_SIMILARITY, for a logo shown at
#: least SHARP_PX wide. Smaller, lettering blurs away on both sides and true matches score
#: lower, so the bar falls linearly to MIN_SIMILARITY_SMALL at SMALL_PX and below.
#: (Measured on synthetic crests, 10-50% of the width, +-25 degrees, perspective, JPEG 12-90,
#: blur, colour casts: true matches score 0.85+ from 20% of the width; the same crest with
#: other lettering at most 0.72.)
MIN_SIMILARITY = 0.78
MIN_SIMILARITY_SMALL = 0.55
SHARP_PX = 120
SMALL_PX = 64
#: Detail score (band-pass: difference of Gaussians at DETAIL_SIGMAS verify pixels, on the
#: logo blurred to match the photo, outline left out): the same low percentile of the tiles
#: must reach MIN_DETAIL for a logo shown at least DETAIL_SHARP_PX wide, falling linearly to
#: MIN_DETAIL_SMALL at SMALL_PX. (Held-out probe, tests/images/heldout_probe.py: six crests of
#: four designs the thresholds were not tuned on, each beside the same design with other
#: lettering, 10-50% of the width, +-25 degrees, perspective, JPEG 60-90, blur up to 1.2 px,
#: colour casts: true matches 0.88+ from 85 pixels wide, the dev set's crest at JPEG quality
#: 12 0.79; other lettering at most 0.60. At 64 pixels letters are two or three pixels tall
#: and the two overlap (true 0.67+, other lettering up to 0.87): small crests keep recall.)
MIN_DETAIL = 0.70
MIN_DETAIL_SMALL = 0.55
DETAIL_SHARP_PX = 90
DETAIL_SIGMAS = (0.8, 2.0)
#: Alignment polish (`_refine`): steps at full verify size after converging at half size.
FULL_ECC_STEPS = 2
#: Blurs (verify pixels) tried on the logo to match a soft photo before scoring (`_blur_like`).
EXTRA_BLUR = (0.0, 0.8, 1.4, 2.0, 2.8)
#: Part of the logo's tiles that must be inside the photo to judge it (a crest cut by the frame).
MIN_VISIBLE = 0.5
#: Geometry a real photo can do to a flat logo: no mirror image, no extreme foreshortening.
MAX_SIDE_RATIO = 2.2
MIN_CORNER_DEG = 45.0
#: The smallest logo we report, in analysis pixels (long side).
MIN_LOGO_PX = 24


@dataclass(frozen=True, slots=True)
class LogoMatch:
    logo: str                              # the logo's file name in the config
    box: tuple[float, float, float, float]  # x, y, w, h in analysis pixels
    angle: float                           # degrees, anticlockwise as seen
    width_fraction: float                  # the logo's width / the photo's width
    shown_px: float                        # its width in analysis pixels
    inliers: int
    similarity: float                      # appearance score, -1..1
    confidence: float                      # 0..1
    detail: float = 1.0                    # detail (band-pass) score, 0..1


class PhotoFeatures:
    """SIFT keypoints of one photo, computed once and matched against every logo.

    They depend on the photo alone, not on any school's logos, so one computation serves every
    config (`analysis.keypoints`, which also starts it beside the face check). Each is made
    with a SIFT object of its own (creating one costs a microsecond), so no OpenCV object is
    ever shared between threads.
    """

    __slots__ = ("points", "descriptors", "sq_norms", "gray")

    def __init__(self, decoded: Decoded):
        self.gray = decoded.gray
        small, f = decoded.shrunk(FEATURE_SIDE)
        kps, des = cv2.SIFT_create(nfeatures=PHOTO_FEATURES, contrastThreshold=PHOTO_CONTRAST).detectAndCompute(
            small, None)
        self.points = np.float32([k.pt for k in kps]) / f if kps else np.zeros((0, 2), np.float32)
        self.descriptors = des
        # Each descriptor's squared length, for the distance search of every logo (`_matches`).
        self.sq_norms = np.einsum("ij,ij->i", des, des) if des is not None else None


class LogoTemplate:
    def __init__(self, name: str, gray: np.ndarray, alpha: np.ndarray):
        self.name = name
        f = TEMPLATE_SIDE / max(gray.shape)
        size = (max(1, round(gray.shape[1] * f)), max(1, round(gray.shape[0] * f)))
        self.gray = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
        self.alpha = cv2.resize(alpha, size, interpolation=cv2.INTER_AREA)
        self.size = size
        points, descriptors = [], []
        for s, keep in TEMPLATE_SCALES:
            ssize = (max(8, round(size[0] * s)), max(8, round(size[1] * s)))
            g = cv2.resize(self.gray, ssize, interpolation=cv2.INTER_AREA)
            m = (cv2.resize(self.alpha, ssize, interpolation=cv2.INTER_AREA) > 0).astype(np.uint8) * 255
            kps, des = cv2.SIFT_create(nfeatures=keep).detectAndCompute(g, m)
            if des is None:
                continue
            points.append(np.float32([k.pt for k in kps]) * np.float32([size[0] / ssize[0], size[1] / ssize[1]]))
            descriptors.append(des)
        if not descriptors:
            raise ValueError("the logo has no detail to recognise it by (is it blank?)")
        self.points = np.concatenate(points)
        self.descriptors = np.concatenate(descriptors)
        self._sq_norms = np.einsum("ij,ij->i", self.descriptors, self.descriptors)
        vf = VERIFY_SIDE / max(size)
        self.verify_size = (max(TILE, round(size[0] * vf)), max(TILE, round(size[1] * vf)))
        self._verify_scale = np.diag([size[0] / self.verify_size[0], size[1] / self.verify_size[1], 1.0])
        self.verify_gray = cv2.resize(self.gray, self.verify_size, interpolation=cv2.INTER_AREA)
        self.verify_mask = cv2.resize(self.alpha, self.verify_size, interpolation=cv2.INTER_AREA) > 127
        # Scores leave out a band along the logo's outline: there the photo shows the logo's
        # edge against whatever it is printed on (a white wall, a black jumper), which the
        # logo file cannot know, and blur and band-pass filtering spread that edge inwards.
        self.score_mask = cv2.erode(self.verify_mask.astype(np.uint8), np.ones((2 * OUTLINE_PX + 1,) * 2, np.uint8),
                                    borderType=cv2.BORDER_CONSTANT, borderValue=0) > 0
        self.tiles = self._tiles()
        if len(self.tiles) < 3:
            raise ValueError("the logo has too little detail to tell it from other logos")
        # Each tile as (y0, y1, x0, x1), for box sums over integral images (`_tile_ncc`).
        self._boxes = np.array([(ys.start, ys.stop, xs.start, xs.stop) for ys, xs in self.tiles], np.intp)
        self._areas = (self._boxes[:, 1] - self._boxes[:, 0]) * (self._boxes[:, 3] - self._boxes[:, 2])
        self._mask_f = self.score_mask.astype(np.float64)
        self._half_mask = (cv2.resize(self.verify_mask.astype(np.uint8) * 255,
                                      (max(8, self.verify_size[0] // 2), max(8, self.verify_size[1] // 2)),
                                      interpolation=cv2.INTER_AREA) > 127).astype(np.uint8)

    def _tiles(self) -> list[tuple[slice, slice]]:
        w, h = self.verify_size
        tiles = []
        for y in range(0, h - TILE // 2, TILE // 2):
            for x in range(0, w - TILE // 2, TILE // 2):
                sl = (slice(y, min(h, y + TILE)), slice(x, min(w, x + TILE)))
                if self.score_mask[sl].mean() >= TILE_MIN_COVER and self.verify_gray[sl].std() >= TILE_MIN_STD:
                    tiles.append(sl)
        return tiles

    # ------------------------------------------------------------------ matching
    def _matches(self, photo: PhotoFeatures) -> tuple[np.ndarray, np.ndarray]:
        """Each logo keypoint's nearest photo keypoint, kept when clearly nearer than the second
        (Lowe's ratio test): (logo indices, photo indices).

        A brute-force search, as OpenCV's BFMatcher runs, but as one matrix product: squared
        distance |a|^2 + |b|^2 - 2ab, with 2ab from BLAS, and the two nearest per logo
        keypoint by argmin, then argmin again with the nearest set aside. That is about half
        the work of `cv2.batchDistance` (which takes a square root per pair and keeps a sorted
        list per row), and the same pairs: float32 sums of SIFT's small integers are exact
        far beyond the differences the ratio test compares."""
        if photo.descriptors is None or len(photo.points) < 2:
            return np.zeros(0, np.intp), np.zeros(0, np.intp)
        d2 = photo.sq_norms[None, :] - 2.0 * (self.descriptors @ photo.descriptors.T)
        rows = np.arange(len(d2))
        nearest = d2.argmin(axis=1)
        first = d2[rows, nearest] + self._sq_norms
        d2[rows, nearest] = np.inf
        second = d2.min(axis=1) + self._sq_norms
        # Compared squared: d1 < RATIO * d2 is d1^2 < RATIO^2 * d2^2 (distances are >= 0).
        good = np.flatnonzero(np.maximum(first, 0.0) < RATIO * RATIO * np.maximum(second, 0.0))
        return good, nearest[good]

    def find(self, photo: PhotoFeatures) -> LogoMatch | None:
        if photo.descriptors is None or len(photo.points) < MIN_INLIERS:
            return None
        query, train = self._matches(photo)
        if len(query) < MIN_INLIERS:
            return None
        src = self.points[query]
        dst = photo.points[train]
        H, mask = cv2.findHomography(src, dst, cv2.USAC_MAGSAC, RANSAC_PX, maxIters=2000, confidence=0.995)
        if H is None or mask is None:
            return None
        inliers = int(mask.sum())
        if inliers < MIN_INLIERS:
            return None
        quad = self._quad(H)
        if quad is None:
            return None
        shown = float(max(np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[3])))
        scores = self._scores(photo.gray, H, shown)
        if scores is None:
            return None
        similarity, detail = scores
        if similarity < required_similarity(shown) or detail < required_detail(shown):
            return None
        x0, y0 = quad.min(axis=0)
        x1, y1 = quad.max(axis=0)
        top = quad[1] - quad[0]
        angle = -math.degrees(math.atan2(top[1], top[0]))
        width = float(np.linalg.norm(top))
        confidence = _confidence(inliers, similarity, required_similarity(shown))
        return LogoMatch(self.name, (float(x0), float(y0), float(x1 - x0), float(y1 - y0)),
                         round(angle, 1), round(width / photo.gray.shape[1], 3), round(shown, 1), inliers,
                         round(similarity, 3), confidence, round(detail, 3))

    def _quad(self, H: np.ndarray) -> np.ndarray | None:
        """The logo's corners in the photo, if the homography is one a photo can produce."""
        w, h = self.size
        corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]]).reshape(-1, 1, 2)
        quad = cv2.perspectiveTransform(corners, H).reshape(4, 2)
        if not np.all(np.isfinite(quad)):
            return None
        sides = [np.linalg.norm(quad[(i + 1) % 4] - quad[i]) for i in range(4)]
        if min(sides) < 1 or max(sides[0], sides[2]) / min(sides[0], sides[2]) > MAX_SIDE_RATIO \
                or max(sides[1], sides[3]) / min(sides[1], sides[3]) > MAX_SIDE_RATIO:
            return None
        # Aspect ratio within reason of the logo's own (perspective squeezes, never 3x).
        aspect = ((sides[0] + sides[2]) / (sides[1] + sides[3])) / (w / h)
        if not 1 / MAX_SIDE_RATIO <= aspect <= MAX_SIDE_RATIO:
            return None
        cross = []
        for i in range(4):
            a = quad[i] - quad[i - 1]
            b = quad[(i + 1) % 4] - quad[i]
            cross.append(float(a[0] * b[1] - a[1] * b[0]))
            cosang = -float(np.dot(a, b)) / (np.linalg.norm(a) * np.linalg.norm(b))
            if math.degrees(math.acos(max(-1.0, min(1.0, cosang)))) < MIN_CORNER_DEG:
                return None
        if not all(c > 0 for c in cross):  # convex and not mirrored (image y points down)
            return None
        if max(sides) < MIN_LOGO_PX:
            return None
        return quad

    def _refine(self, seen: np.ndarray, patch: np.ndarray) -> np.ndarray:
        """Polish the alignment (ECC): a homography from a dozen keypoints is off by a pixel
        or two, which is the width of a letter's stroke at this size.

        ECC runs first on both halved (a quarter of the pixels: at full size it was most of
        this check's cost once a homography is found), then, from there, a few steps at full
        size, which large sharp crests need to line their letters up."""
        vw, vh = self.verify_size
        hw, hh = max(8, vw // 2), max(8, vh // 2)
        half = np.diag([vw / hw, vh / hh, 1.0]).astype(np.float32)
        warp = np.eye(3, dtype=np.float32)
        try:
            _, warp = cv2.findTransformECC(cv2.resize(seen, (hw, hh), interpolation=cv2.INTER_AREA),
                                           cv2.resize(patch, (hw, hh), interpolation=cv2.INTER_AREA), warp,
                                           cv2.MOTION_HOMOGRAPHY,
                                           (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 30, 1e-4),
                                           self._half_mask, 3)
        except cv2.error:
            return patch
        warp = (half @ warp @ np.linalg.inv(half)).astype(np.float32)
        if FULL_ECC_STEPS:
            try:
                _, warp = cv2.findTransformECC(seen, patch, warp, cv2.MOTION_HOMOGRAPHY,
                                               (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, FULL_ECC_STEPS, 1e-4),
                                               self.verify_mask.astype(np.uint8), 3)
            except cv2.error:
                pass   # keep the half-size alignment
        return cv2.warpPerspective(patch, warp, self.verify_size,
                                   flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)

    def _scores(self, gray: np.ndarray, H: np.ndarray, shown: float) -> tuple[float, float] | None:
        """(appearance, detail) scores, or None when too little of the logo is inside the photo."""
        appearance, detail = self.tile_scores(gray, H, shown)
        if len(appearance) < max(3, MIN_VISIBLE * len(self.tiles)):
            return None
        return (float(np.percentile(appearance, TILE_PERCENTILE)),
                float(np.percentile(detail, TILE_PERCENTILE)))

    def tile_scores(self, gray: np.ndarray, H: np.ndarray, shown: float) -> tuple[np.ndarray, np.ndarray]:
        """Per tile inside the photo, how well the photo matches the logo there (-1..1):
        in appearance (intensity or edge strength) and in detail (band-pass, sign ignored)."""
        seen = self.verify_gray
        vw, vh = self.verify_size
        # Below VERIFY_SIDE the warped patch is an upsampled blur, so compare it with the
        # logo degraded the same way.
        if shown < vw:
            f = shown / vw
            small = cv2.resize(seen, (max(4, round(vw * f)), max(4, round(vh * f))), interpolation=cv2.INTER_AREA)
            seen = cv2.resize(small, (vw, vh), interpolation=cv2.INTER_LINEAR)
        to_photo = H @ self._verify_scale
        patch = cv2.warpPerspective(gray, to_photo, (vw, vh), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                    borderMode=cv2.BORDER_REPLICATE)
        inside = cv2.warpPerspective(np.full(gray.shape, 1, np.uint8), to_photo, (vw, vh),
                                     flags=cv2.INTER_NEAREST | cv2.WARP_INVERSE_MAP,
                                     borderMode=cv2.BORDER_CONSTANT, borderValue=0)
        seen = cv2.GaussianBlur(seen.astype(np.float32), (0, 0), BLUR_SIGMA)
        patch = self._refine(seen, cv2.GaussianBlur(patch.astype(np.float32), (0, 0), BLUR_SIGMA))
        b = self._boxes
        ii = cv2.integral(inside)
        keep = (ii[b[:, 1], b[:, 3]] - ii[b[:, 0], b[:, 3]] - ii[b[:, 1], b[:, 2]] + ii[b[:, 0], b[:, 2]]) == self._areas
        b = b[keep]
        seen = self._blur_like(seen, patch)
        # Intensity and edge strength: a colour cast can swap which of two regions is the
        # lighter in grey (intensity correlation turns negative) but keeps the edge between them.
        appearance = np.maximum(self._tile_ncc(seen, patch, b), self._tile_ncc(_grad(seen), _grad(patch), b))
        detail = np.abs(self._tile_ncc(_bandpass(seen), _bandpass(patch), b))
        return appearance, detail

    def _blur_like(self, seen: np.ndarray, patch: np.ndarray) -> np.ndarray:
        """The logo blurred as much as the photo is (focus, motion, a soft lens, JPEG
        smoothing): the blur that makes the two agree best in detail over the whole logo.
        Compared unblurred, a soft photo of our crest loses its letter strokes and looks
        like other lettering; the blur is chosen on the whole logo, where other lettering
        is a small part, so it cannot be chosen to hide what the letters say."""
        target = _bandpass(patch)[self.score_mask]
        best, best_score = seen, -2.0
        for sigma in EXTRA_BLUR:
            cand = cv2.GaussianBlur(seen, (0, 0), sigma) if sigma else seen
            score = _corr(_bandpass(cand)[self.score_mask], target)
            if score > best_score:
                best, best_score = cand, score
        return best

    def _tile_ncc(self, a: np.ndarray, c: np.ndarray, boxes: np.ndarray) -> np.ndarray:
        """Zero-mean normalised cross-correlation of a and c inside the logo's mask, per tile,
        from box sums over integral images (one pass for every tile)."""
        m = self._mask_f
        a = a.astype(np.float64) * m
        c = c.astype(np.float64) * m

        def sums(img: np.ndarray) -> np.ndarray:
            ii = cv2.integral(img, sdepth=cv2.CV_64F)
            y0, y1, x0, x1 = boxes.T
            return ii[y1, x1] - ii[y0, x1] - ii[y1, x0] + ii[y0, x0]

        n = np.maximum(sums(m), 1.0)
        sa, sc = sums(a), sums(c)
        cov = sums(a * c) - sa * sc / n
        va = np.maximum(sums(a * a) - sa * sa / n, 0.0)
        vc = np.maximum(sums(c * c) - sc * sc / n, 0.0)
        den = np.sqrt(va * vc)
        return np.where(den > 1e-6, cov / np.maximum(den, 1e-12), 0.0)


def required_detail(shown: float) -> float:
    """The detail score a logo shown `shown` pixels wide must reach."""
    if shown >= DETAIL_SHARP_PX:
        return MIN_DETAIL
    if shown <= SMALL_PX:
        return MIN_DETAIL_SMALL
    t = (shown - SMALL_PX) / (DETAIL_SHARP_PX - SMALL_PX)
    return MIN_DETAIL_SMALL + t * (MIN_DETAIL - MIN_DETAIL_SMALL)


def required_similarity(shown: float) -> float:
    """The appearance score a logo shown `shown` pixels wide must reach."""
    if shown >= SHARP_PX:
        return MIN_SIMILARITY
    if shown <= SMALL_PX:
        return MIN_SIMILARITY_SMALL
    t = (shown - SMALL_PX) / (SHARP_PX - SMALL_PX)
    return MIN_SIMILARITY_SMALL + t * (MIN_SIMILARITY - MIN_SIMILARITY_SMALL)


def _grad(img: np.ndarray) -> np.ndarray:
    gx = cv2.Sobel(img, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(img, cv2.CV_32F, 0, 1, ksize=3)
    return cv2.magnitude(gx, gy)


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    a = a - a.mean()
    b = b - b.mean()
    den = math.sqrt(float(np.dot(a, a)) * float(np.dot(b, b)))
    return float(np.dot(a, b)) / den if den > 1e-6 else 0.0


def _bandpass(img: np.ndarray) -> np.ndarray:
    """Difference of Gaussians at letter-stroke scale: strokes and corners, not fields."""
    fine, coarse = DETAIL_SIGMAS
    return cv2.GaussianBlur(img, (0, 0), fine) - cv2.GaussianBlur(img, (0, 0), coarse)


def _confidence(inliers: int, similarity: float, required: float) -> float:
    """How sure we are, 0..1: appearance dominates, inliers add certainty (saturating)."""
    sim = (similarity - required) / (1 - required)
    count = 1 - math.exp(-inliers / 20)
    return round(min(1.0, 0.5 + 0.35 * sim + 0.15 * count), 3)


#: Logo matchers alive in this process. While there is none, no check will want a photo's
#: keypoints, and `analysis.decoded` does not start them.
_live: weakref.WeakSet[LogoMatcher] = weakref.WeakSet()


def in_use() -> bool:
    """Whether any config in this process looks for logos."""
    return bool(_live)


class LogoMatcher:
    """Every logo of one config, ready to be found in photos."""

    def __init__(self, logos: list[tuple[str, np.ndarray, np.ndarray]]):
        self.templates = [LogoTemplate(name, gray, alpha) for name, gray, alpha in logos]
        _live.add(self)

    @classmethod
    def from_files(cls, paths: list[Path]) -> LogoMatcher:
        from .decode import load_logo
        return cls([(p.name, *load_logo(p.read_bytes())) for p in paths])

    def features(self, decoded: Decoded) -> PhotoFeatures:
        """The photo's keypoints, computed here and now (checks share them: `analysis.keypoints`)."""
        return PhotoFeatures(decoded)

    def find(self, photo: PhotoFeatures) -> list[LogoMatch]:
        return [m for t in self.templates if (m := t.find(photo)) is not None]
