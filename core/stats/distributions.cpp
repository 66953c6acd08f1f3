#include "core/stats/distributions.h"

#include "core/stats/cephes_ndtri.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/beta.hpp>

#include <cmath>
#include <limits>

namespace loadscope::stats {

namespace {

namespace bp = boost::math::policies;
// Report problems as NaN / infinity instead of exceptions: the callers check for finite results.
using QuietPolicy = bp::policy<bp::domain_error<bp::ignore_error>, bp::pole_error<bp::ignore_error>,
                               bp::overflow_error<bp::ignore_error>, bp::underflow_error<bp::ignore_error>,
                               bp::evaluation_error<bp::ignore_error>, bp::rounding_error<bp::ignore_error>>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool usable(double v)
{
    return !std::isnan(v);
}

} // namespace

double normalSf(double z)
{
    if (!usable(z))
        return kNaN;
    return boost::math::cdf(boost::math::complement(boost::math::normal_distribution<double, QuietPolicy>(), z));
}

double normalPpf(double p)
{
    return cephesNdtri(p); // bit-identical to SciPy, unlike Boost's quantile (last-bit differences)
}

double chiSquaredSf(double x, double df)
{
    if (!usable(x) || !(df > 0))
        return kNaN;
    if (x <= 0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return boost::math::cdf(boost::math::complement(boost::math::chi_squared_distribution<double, QuietPolicy>(df), x));
}

double fisherSf(double x, double df1, double df2)
{
    if (!usable(x) || !(df1 > 0) || !(df2 > 0))
        return kNaN;
    if (x <= 0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return boost::math::cdf(
        boost::math::complement(boost::math::fisher_f_distribution<double, QuietPolicy>(df1, df2), x));
}

double studentTCdf(double t, double df)
{
    if (!usable(t) || !(df > 0))
        return kNaN;
    if (std::isinf(t))
        return t < 0 ? 0.0 : 1.0;
    return boost::math::cdf(boost::math::students_t_distribution<double, QuietPolicy>(df), t);
}

double regularizedBetaComplement(double a, double b, double x)
{
    if (!usable(x) || !(a > 0) || !(b > 0))
        return kNaN;
    if (x <= 0)
        return 1.0;
    if (x >= 1)
        return 0.0;
    return boost::math::ibetac(a, b, x, QuietPolicy());
}

} // namespace loadscope::stats
