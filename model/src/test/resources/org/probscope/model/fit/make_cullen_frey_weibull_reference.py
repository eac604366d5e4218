# Weibull points of the Cullen-Frey graph for CullenFreyTest (descdist draws no Weibull line).
#   python3 make_cullen_frey_weibull_reference.py > cullen-frey-weibull.properties
import scipy
from scipy import stats
print(f"# made by make_cullen_frey_weibull_reference.py, SciPy {scipy.__version__}")
print("# s, k = stats.weibull_min.stats(c, moments='sk'); s2 = s*s; kurt = k + 3")
for c in [0.5, 1.5, 3.6, 10, 50]:
    s, k = stats.weibull_min.stats(c, moments='sk')
    print(f"weibull.{c}.s2={float(s*s)!r}")
    print(f"weibull.{c}.kurt={float(k+3)!r}")
