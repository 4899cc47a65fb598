# colorsys: RGB to and from HLS, HSV and YIQ, round trips included.
import colorsys
cases = [(1, 0, 0), (0, 1, 0), (0, 0, 1), (0.2, 0.4, 0.4), (1, 1, 1), (0, 0, 0), (0.5, 0.25, 0.75), (0.9, 0.1, 0.3)]
for c in cases:
    hls = colorsys.rgb_to_hls(*c); hsv = colorsys.rgb_to_hsv(*c); yiq = colorsys.rgb_to_yiq(*c)
    print(c, [round(x, 12) for x in hls], [round(x, 12) for x in colorsys.hls_to_rgb(*hls)])
    print(' ', [round(x, 12) for x in hsv], [round(x, 12) for x in colorsys.hsv_to_rgb(*hsv)])
    print(' ', [round(x, 12) for x in yiq], [round(x, 9) for x in colorsys.yiq_to_rgb(*yiq)])
print(colorsys.hsv_to_rgb(0.5, 0.5, 0.5), colorsys.hls_to_rgb(0.1, 0.7, 0.3), colorsys.yiq_to_rgb(0.5, 0.6, -0.6))
