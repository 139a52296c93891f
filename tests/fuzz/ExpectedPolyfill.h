#pragma once

// clang 14 cannot use libstdc++ 12's <expected> (it needs C++20 concepts in full), so the
// fuzz build, which must use clang for libFuzzer, force-includes this header: it provides
// the small part of std::expected that our code uses when the library has none. Test
// builds only; never include it from the product.

#include <expected>

#if !defined(__cpp_lib_expected)

#include <cstdlib>
#include <type_traits>
#include <utility>
#include <variant>

namespace std {

template <class E> class unexpected
{
public:
    template <class Err = E>
    requires(!is_same_v<remove_cvref_t<Err>, unexpected> &&
             is_constructible_v<E, Err>) constexpr explicit unexpected(Err&& error)
        : m_error(std::forward<Err>(error))
    {
    }
    constexpr const E& error() const& noexcept { return m_error; }
    constexpr E& error() & noexcept { return m_error; }
    constexpr E&& error() && noexcept { return std::move(m_error); }

private:
    E m_error;
};

template <class E> unexpected(E) -> unexpected<E>;

namespace polyfill_detail {
template <class T> inline constexpr bool isUnexpected = false;
template <class E> inline constexpr bool isUnexpected<unexpected<E>> = true;
} // namespace polyfill_detail

template <class T, class E> class expected
{
public:
    using value_type = T;
    using error_type = E;

    constexpr expected() requires is_default_constructible_v<T> : m_storage(in_place_index<0>) {}
    template <class U = T>
    requires(!is_same_v<remove_cvref_t<U>, expected> && !polyfill_detail::isUnexpected<remove_cvref_t<U>> &&
             is_constructible_v<T, U>) constexpr expected(U&& value)
        : m_storage(in_place_index<0>, std::forward<U>(value))
    {
    }
    template <class G> constexpr expected(const unexpected<G>& error) : m_storage(in_place_index<1>, error.error()) {}
    template <class G>
    constexpr expected(unexpected<G>&& error) : m_storage(in_place_index<1>, std::move(error).error())
    {
    }

    constexpr bool has_value() const noexcept { return m_storage.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    constexpr T& operator*() & { return *get_if<0>(&m_storage); }
    constexpr const T& operator*() const& { return *get_if<0>(&m_storage); }
    constexpr T&& operator*() && { return std::move(*get_if<0>(&m_storage)); }
    constexpr T* operator->() { return get_if<0>(&m_storage); }
    constexpr const T* operator->() const { return get_if<0>(&m_storage); }
    constexpr T& value() &
    {
        if (!has_value())
            abort();
        return **this;
    }
    constexpr const T& value() const&
    {
        if (!has_value())
            abort();
        return **this;
    }

    constexpr E& error() & { return *get_if<1>(&m_storage); }
    constexpr const E& error() const& { return *get_if<1>(&m_storage); }
    constexpr E&& error() && { return std::move(*get_if<1>(&m_storage)); }

private:
    variant<T, E> m_storage;
};

template <class E> class expected<void, E>
{
public:
    using value_type = void;
    using error_type = E;

    constexpr expected() = default;
    template <class G> constexpr expected(const unexpected<G>& error) : m_error(in_place_index<1>, error.error()) {}
    template <class G> constexpr expected(unexpected<G>&& error) : m_error(in_place_index<1>, std::move(error).error())
    {
    }

    constexpr bool has_value() const noexcept { return m_error.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    constexpr void operator*() const noexcept {}
    constexpr void value() const
    {
        if (!has_value())
            abort();
    }
    constexpr E& error() & { return *get_if<1>(&m_error); }
    constexpr const E& error() const& { return *get_if<1>(&m_error); }
    constexpr E&& error() && { return std::move(*get_if<1>(&m_error)); }

private:
    variant<monostate, E> m_error;
};

} // namespace std

#endif
