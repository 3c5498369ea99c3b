//! The builder API every optimizer shares, written once: the constructors (`new`,
//! `try_new`, `with_state`, `try_with_state`), `config`, `validate`, the chained
//! setters, and the parts of [`Optimizer`](super::Optimizer) that do not depend on
//! the update rule (`reset`, `lr`, `set_lr`).
//!
//! Each optimizer module keeps what is its own: the config struct with its defaults
//! and checks, the optimizer struct with its documentation, the docs of `new`,
//! `with_state` and the setters, and the update rule as an inherent `update` method.

/// Generates the shared builder API of one optimizer.
///
/// The optimizer must be a struct `$opt<T, S>` with the fields `cfg: $config<T>` and
/// `state: StepState<S, $slots>`, with a method `fn update(&mut self, params: &mut
/// [T], grads: &[T])` holding its update rule; `$config<T>` must implement `Copy`,
/// `Default` and `fn validate(&self) -> Result<(), OptimError>` and have an `lr`
/// field. Each setter is listed as `fn name(arg: Type, ...) => field = value;`, with
/// its doc comment, and becomes a `#[track_caller]` method that sets the field and
/// panics with the configuration's error if the result is invalid.
macro_rules! optimizer_api {
    (
        $opt:ident, $config:ident, slots = $slots:literal;
        $(#[$new_doc:meta])*
        fn new;
        $(#[$with_state_doc:meta])*
        fn with_state;
        $(
            $(#[$setter_doc:meta])*
            fn $name:ident($($arg:ident: $ty:ty),+) => $field:ident = $value:expr;
        )*
    ) => {
        #[cfg(feature = "alloc")]
        impl<T: ::num_traits::Float> $opt<T> {
            $(#[$new_doc])*
            #[track_caller]
            pub fn new(lr: T) -> Self {
                Self::with_state(lr, Default::default())
            }

            /// Builds from a configuration, reporting an invalid value as an error.
            pub fn try_new(
                config: $config<T>,
            ) -> Result<Self, $crate::optim::OptimError> {
                Self::try_with_state(config, Default::default())
            }
        }

        impl<T, S> $opt<T, S>
        where
            T: ::num_traits::Float,
            S: $crate::optim::StateBuffer<T>,
        {
            $(#[$with_state_doc])*
            #[track_caller]
            pub fn with_state(lr: T, state: [S; $slots]) -> Self {
                let cfg = $config {
                    lr,
                    ..$config::default()
                };
                $crate::optim::error::or_panic(cfg.validate());
                $opt {
                    cfg,
                    state: $crate::optim::state::StepState::new(state),
                }
            }

            /// Builds from a configuration over explicit storage, reporting an invalid
            /// value as an error.
            pub fn try_with_state(
                config: $config<T>,
                state: [S; $slots],
            ) -> Result<Self, $crate::optim::OptimError> {
                config.validate()?;
                Ok($opt {
                    cfg: config,
                    state: $crate::optim::state::StepState::new(state),
                })
            }

            /// One update of `params` given `grads`: a slice, an array, a `Vec`, or any
            /// value of a `#[derive(Differentiable)]` struct with its gradient (the
            /// same type), stepped leaf by leaf in their fixed order, with exactly the
            /// numbers stepping the flat view would give. The same as
            /// [`Optimizer::step`](crate::optim::Optimizer::step) on slices (which
            /// `&mut dyn Optimizer<T>` offers); allocation-free like it.
            ///
            /// # Panics
            /// As [`Optimizer::step`](crate::optim::Optimizer::step): when the two
            /// differ in shape, or the number of leaves differs from the first step's.
            #[track_caller]
            pub fn step<P: ?Sized + $crate::optim::Params<T>>(&mut self, params: &mut P, grads: &P) {
                self.update(params, grads);
            }

            /// The hyper-parameters.
            pub fn config(&self) -> &$config<T> {
                &self.cfg
            }

            /// Re-checks the configuration (always `Ok` for an optimizer built through
            /// the checked constructors and setters; provided for symmetry with the
            /// configs).
            pub fn validate(&self) -> Result<(), $crate::optim::OptimError> {
                self.cfg.validate()
            }

            /// Applies `edit` to the configuration and panics, at the caller's setter
            /// call, if the result is invalid.
            #[track_caller]
            fn set(mut self, edit: impl FnOnce(&mut $config<T>)) -> Self {
                edit(&mut self.cfg);
                $crate::optim::error::or_panic(self.cfg.validate());
                self
            }

            $(
                $(#[$setter_doc])*
                #[track_caller]
                pub fn $name(self, $($arg: $ty),+) -> Self {
                    self.set(|c| c.$field = $value)
                }
            )*
        }

        impl<T, S> $crate::optim::ParamsOptimizer<T> for $opt<T, S>
        where
            T: ::num_traits::Float,
            S: $crate::optim::StateBuffer<T>,
        {
            #[track_caller]
            fn step_params<P: ?Sized + $crate::optim::Params<T>>(&mut self, params: &mut P, grads: &P) {
                self.update(params, grads);
            }
        }

        impl<T, S> $crate::optim::Optimizer<T> for $opt<T, S>
        where
            T: ::num_traits::Float,
            S: $crate::optim::StateBuffer<T>,
        {
            fn step(&mut self, params: &mut [T], grads: &[T]) {
                self.update(params, grads);
            }

            fn reset(&mut self) {
                self.state.reset();
            }

            fn lr(&self) -> T {
                self.cfg.lr
            }

            #[track_caller]
            fn set_lr(&mut self, lr: T) {
                $crate::optim::error::or_panic($crate::optim::error::non_negative("lr", lr));
                self.cfg.lr = lr;
            }
        }
    };
}

pub(super) use optimizer_api;
